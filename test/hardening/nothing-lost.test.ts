/**
 * Nothing lost: for every command (rank — first run, rerun over its own results, with errors to mark, a department penalty sheet — merge, validate
 * and template), a failure injected after each write step of the port leaves the workbook exactly as it was, values,
 * formats, notes, settings and sheets included — on the memory, file (ExcelJS), Excel-fake and WPS-fake workbooks.
 * Memory and file apply each step at once, so the step has happened when the failure comes: their batch must roll
 * it back. Excel and WPS queue the steps and send them at the end, so nothing of a failed batch may reach them.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { consolidate, insertTemplate, rankAndTier, validateSubmission } from '../../src/commands';
import { countySampleSheets, monthlyReportSamples } from '../../src/samples';
import type { CellValue } from '../../src/engine';
import { ExcelWorkbook } from '../../src/host/excel';
import { MemoryWorkbook } from '../../src/host/memory';
import type { Workbook } from '../../src/host/port';
import { FileWorkbook } from '../../src/host/xlsx';
import { engineerSheet, smallSummary } from '../commands/fixtures';
import { fakeExcel } from '../commands/excel-harness';
import type { FakeExcel } from '../host/excel-fake';
import { WpsHarness } from '../host/wps-harness';

type Sheets = Record<string, CellValue[][]>;

/** The port's methods that change a workbook: a failure is injected after the k-th call to any of them. */
const WRITES = new Set(['write', 'mark', 'clearMarks', 'addSheet', 'conditionalColors', 'formatRange', 'addChart', 'validationList', 'setSetting', 'activateSheet']);

class Injected extends Error {}

/** `wb` failing after its k-th write step (never, for k = Infinity); `steps` counts the steps made. */
function failingAfter(wb: Workbook, k: number): { port: Workbook; steps: () => number } {
  let n = 0;
  const port = new Proxy(wb, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      if (!WRITES.has(String(prop))) return (v as (...a: unknown[]) => unknown).bind(target);
      return async (...args: unknown[]) => {
        const out = await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (++n === k) throw new Injected(`failure injected after write step ${k} (${String(prop)})`);
        return out;
      };
    },
  });
  return { port, steps: () => n };
}

/** A host: makes a workbook of these sheets, and shows everything a user could see of it. */
interface Host {
  readonly name: string;
  make(sheets: Sheets): Promise<{ wb: Workbook; look: () => unknown; fresh: () => Workbook }>;
}

/** Maps as objects, a fake's ranges as their addresses (they point back at their sheet), its host left out. */
const plain = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (k, x: unknown) => {
    if (k === 'host') return undefined;
    if (x instanceof Map) return Object.fromEntries(x);
    const range = x as { Address?: (a: boolean, b: boolean) => string; sheet?: { name: string } } | null;
    return typeof range?.Address === 'function' ? `${range.sheet?.name}!${range.Address(false, false)}` : x;
  }));

/**
 * ExcelJS turns page setup's useFirstPageNumber on each time it reads a file it wrote (its own round-trip quirk,
 * the same for every file perf opens and saves); the rollback reads the workbook back once more, so that flag alone is set aside.
 */
const withoutPageNumbering = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'useFirstPageNumber' ? undefined : x)));

const HOSTS: readonly Host[] = [
  {
    name: 'memory',
    async make(sheets) {
      const wb = MemoryWorkbook.fromSheets(sheets);
      return { wb, look: () => plain((wb as unknown as { state: unknown }).state), fresh: () => wb };
    },
  },
  {
    name: 'file',
    async make(sheets) {
      // Opened from .xlsx bytes, as perf and the pane open files.
      const wb = await FileWorkbook.fromBuffer(await FileWorkbook.create(sheets).toBuffer(), 'in.xlsx');
      // As the file would be written: saved and read back, so a sheet made in memory and the same sheet rebuilt
      // from bytes by a rollback compare by what they hold (values, styles, notes, lists, conditional formats, order).
      const look = async (): Promise<unknown> => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
        return withoutPageNumbering(plain({ views: book.views, sheets: book.worksheets.map((ws) => ({ name: ws.name, state: ws.state, model: (ws as unknown as { model: unknown }).model })) }));
      };
      return { wb, look, fresh: () => wb };
    },
  },
  {
    name: 'excel-fake',
    async make(sheets) {
      const x: FakeExcel = fakeExcel(sheets);
      const fresh = (): Workbook => new ExcelWorkbook({ run: x.run, notes: true, merges: true });
      return { wb: fresh(), look: () => plain({ sheets: x.sheets, active: x.active }), fresh };
    },
  },
  {
    name: 'wps-fake',
    async make(sheets) {
      const wb = WpsHarness.fromSheets(sheets);
      return { wb, look: () => plain({ sheets: wb.x.state, active: wb.x.activeSheet?.name }), fresh: () => wb };
    },
  },
];

/** HR's department penalty sheet: one department late and with a baseless case, one not assessed, one clean. */
const penaltySheet = (): CellValue[][] => [
  ['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资', '考核完成日期'],
  ['办公室', '2026-03', '2026-04-13', '是', 0, 1, 0, null, null, '2026-04-08'],
  ['一车间', '2026-12', '2027-01-09', '否', 0, 0, 1, 6000, 3000, null],
  ['二车间', '2026-03', '2026-04-10', '是', null, null, null, null, null, null],
];

/** The county sample as the office's master, 南牛乡's mid-year actuals blank (merge fills them in). */
const masterSheets = (): Sheets => {
  const sheets = countySampleSheets();
  const ind = sheets['指标']!;
  const mid = ind[0]!.indexOf('中期完成值');
  return { ...sheets, 指标: ind.map((r, i) => (i > 0 && r[0] === '南牛乡' ? r.map((v, j) => (j === mid ? null : v)) : r)) };
};
/** Three units' monthly reports, each its own workbook. */
const threeReports = () => monthlyReportSamples().reports.slice(0, 3).map((r) => ({ file: r.file, wb: MemoryWorkbook.fromSheets({ [r.sheet]: r.values }) }));

/** A county summary with a user's note and one bad cell, for runs that must mark. */
const withError = (): Sheets => {
  const rows = smallSummary();
  rows[3]![2] = '八十';
  return { 汇总: rows };
};

interface Scenario {
  readonly name: string;
  readonly sheets: () => Sheets;
  /** What happened before the run under test (run on a healthy port). */
  readonly before?: (wb: Workbook) => Promise<unknown>;
  readonly run: (wb: Workbook) => Promise<unknown>;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'rank, first run', sheets: () => ({ 汇总: smallSummary() }), run: (wb) => rankAndTier(wb, { sheet: '汇总', now: new Date(0) }) },
  { name: 'rank, rerun over its own 排名结果', sheets: () => ({ 汇总: smallSummary() }), before: (wb) => rankAndTier(wb, { sheet: '汇总', now: new Date(0) }), run: (wb) => rankAndTier(wb, { sheet: '汇总', now: new Date(1) }) },
  { name: 'rank with an error to mark', sheets: withError, run: (wb) => rankAndTier(wb, { sheet: '汇总' }) },
  { name: 'rank of an engineer sheet', sheets: () => ({ 工程师: engineerSheet() }), run: (wb) => rankAndTier(wb, { sheet: '工程师', scheme: 'engineer' }) },
  { name: 'rank of a department penalty sheet (writes 部门考核扣款)', sheets: () => ({ 处罚: penaltySheet() }), run: (wb) => rankAndTier(wb, { sheet: '处罚', now: new Date(0) }) },
  { name: 'validate, clearing earlier marks and marking again', sheets: withError, before: (wb) => validateSubmission(wb, { sheet: '汇总' }), run: (wb) => validateSubmission(wb, { sheet: '汇总' }) },
  { name: 'merge (汇总: 月报汇总, the 指标 actuals filled in, the report sheet)', sheets: masterSheets, run: (wb) => consolidate(wb, threeReports()) },
  { name: 'template fiscal (three sheets and 说明)', sheets: () => ({ Sheet1: [['已有内容']] }), run: (wb) => insertTemplate(wb, 'fiscal') },
  { name: 'template county-detail', sheets: () => ({ Sheet1: [['已有内容']] }), run: (wb) => insertTemplate(wb, 'county-detail') },
];

describe.each(HOSTS.map((h) => [h.name, h] as const))('nothing lost on the %s workbook', (_name, host) => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s: a failure after any write step leaves the workbook exactly as it was', async (_s, s) => {
    // How many write steps the run makes when nothing fails.
    const probe = await host.make(s.sheets());
    if (s.before) await s.before(probe.wb);
    const counted = failingAfter(probe.fresh(), Infinity);
    await s.run(counted.port);
    const steps = counted.steps();
    expect(steps).toBeGreaterThan(0);
    for (let k = 1; k <= steps; k++) {
      const h = await host.make(s.sheets());
      if (s.before) await s.before(h.wb);
      const before = await h.look();
      const failing = failingAfter(h.fresh(), k);
      const outcome = await s.run(failing.port).then((o) => o, (e: unknown) => e);
      expect(outcome, `step ${k} of ${steps}: ${failing.steps()} made`).toBeInstanceOf(Injected);
      expect(await h.look(), `after a failure at step ${k} of ${steps}`).toEqual(before);
    }
  });
});

describe('nothing lost when the host itself fails', () => {
  it('Excel: the final sync failing before it applies anything leaves the workbook as it was', async () => {
    const probe = fakeExcel({ 汇总: smallSummary() });
    await rankAndTier(new ExcelWorkbook({ run: probe.run, notes: true, merges: true }), { sheet: '汇总' });
    const last = probe.syncs; // the sync that sends every write
    const x = fakeExcel({ 汇总: smallSummary() });
    const before = plain({ sheets: x.sheets, active: x.active });
    let syncs = 0;
    const run = x.run;
    const failingRun: typeof run = (batch) => run((ctx) => {
      const sync = ctx.sync.bind(ctx);
      (ctx as { sync: () => Promise<void> }).sync = async () => {
        if (++syncs === last) throw new Error('the connection to Excel was lost');
        return sync();
      };
      return batch(ctx);
    });
    await expect(rankAndTier(new ExcelWorkbook({ run: failingRun, notes: true, merges: true }), { sheet: '汇总' })).rejects.toThrow('connection');
    expect(plain({ sheets: x.sheets, active: x.active })).toEqual(before);
  });

  it('file: a save that fails leaves the workbook as it was in memory, so it can be saved again', async () => {
    const wb = await FileWorkbook.fromBuffer(await FileWorkbook.create({ 汇总: smallSummary() }).toBuffer(), 'in.xlsx');
    await rankAndTier(wb, { sheet: '汇总' });
    await expect(wb.saveAs('/nonexistent-folder/x.xlsx')).rejects.toThrow();
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    expect(again.worksheets.map((w) => w.name)).toContain('排名结果');
  });
});
