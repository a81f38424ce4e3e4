import { a1 } from '../engine';
import { hostIssue, isHostError } from '../host/errors';
import type { Workbook } from '../host/port';
import { CommandRefusal, type SheetPlan } from './types';

/**
 * Writes a plan to its own sheet: adds (or replaces, when the add-in owns it) the sheet, then writes every
 * block, range format, conditional colour, list, merge, page setup and chart. Call inside wb.batch so Excel flushes it in one sync.
 * A user's sheet of the same name is never touched: the command is refused with a message naming it.
 */
export async function applyPlan(wb: Workbook, plan: SheetPlan): Promise<void> {
  try {
    await wb.addSheet(plan.name, { replaceOwn: true });
  } catch (e) {
    if (isHostError(e) && e.code === 'sheet-not-owned') throw new CommandRefusal(hostIssue(e, 'output.user-sheet', { sheet: plan.name }));
    throw e;
  }
  for (const b of plan.blocks) {
    await wb.write(plan.name, a1(b.row, b.col), b.values, b.textColumns ? { textColumns: b.textColumns } : undefined);
  }
  for (const f of plan.formats) await wb.formatRange(plan.name, f.range, f.fmt);
  for (const c of plan.conditional) await wb.conditionalColors(plan.name, c.range, c.rules);
  for (const l of plan.lists) await wb.validationList(plan.name, l.range, l.items);
  for (const m of plan.merges ?? []) await wb.mergeCells(plan.name, m);
  if (plan.page) await wb.pageSetup(plan.name, plan.page);
  if (plan.chart && wb.can.charts) await wb.addChart(plan.name, plan.chart);
}
