import type { Issue, Severity } from '../engine';
import type { Mark, MarkKind, Workbook } from '../host/port';

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };
const KIND: Readonly<Record<Severity, MarkKind>> = { error: 'error', warning: 'warning', info: 'info' };

/** The issues that point at a cell, as marks per sheet: one mark per cell, its note every message on it, Chinese first. */
export function marksBySheet(issues: readonly Issue[], fallbackSheet: string): Map<string, Mark[]> {
  const cells = new Map<string, Map<string, { severity: Severity; notes: string[] }>>();
  for (const i of issues) {
    if (i.cell === undefined) continue;
    const sheet = i.sheet ?? fallbackSheet;
    const perSheet = cells.get(sheet) ?? new Map<string, { severity: Severity; notes: string[] }>();
    cells.set(sheet, perSheet);
    const at = perSheet.get(i.cell) ?? { severity: i.severity, notes: [] };
    if (RANK[i.severity] > RANK[at.severity]) at.severity = i.severity;
    at.notes.push(`${i.message.zh}\n${i.message.en}`);
    perSheet.set(i.cell, at);
  }
  const out = new Map<string, Mark[]>();
  for (const [sheet, perSheet] of cells) {
    out.set(sheet, [...perSheet].map(([cell, m]) => ({ cell, kind: KIND[m.severity], note: m.notes.join('\n\n') })));
  }
  return out;
}

/** Clears the add-in's earlier marks on `sheets`, then marks every issue's cell (fills by kind and notes). */
export async function remark(wb: Workbook, sheets: readonly string[], issues: readonly Issue[], fallbackSheet: string): Promise<number> {
  const marks = marksBySheet(issues, fallbackSheet);
  const all = new Set([...sheets, ...marks.keys()]);
  let count = 0;
  for (const sheet of all) {
    await wb.clearMarks(sheet);
    const m = marks.get(sheet);
    if (m && m.length > 0) {
      await wb.mark(sheet, m);
      count += m.length;
    }
  }
  return count;
}
