/**
 * The 通报 sheet as data: the engine's notice (engine/notice: rows with roles, every number the engine's) laid out
 * the way an office sends it — the title large and centred over the page's width, the issuing office and date under
 * it, numbered sections, bordered tables with their score formats, paragraphs wrapped across the page, the signature
 * block on the right — and printed A4 portrait one page wide, the run stamp in the header and page numbers in the footer.
 */
import type { CellFormat, Notice, NoticeRole, NoticeRow, Tier } from '../engine';
import type { RangeFormat } from '../host/port';
import { rangeOf, scoreFormat } from './a1-range';
import { TIER_FILLS, type RunStamp } from './results-layout';
import { printSetup } from './sheet-columns';
import type { PlanBlock, SheetPlan } from './types';

/** The notice sheet's name; the add-in owns it once written, as it owns 排名结果. */
export const NOTICE_SHEET = '通报';

/** How each kind of text row looks (table rows are formatted per column). */
const TEXT_FORMATS: Readonly<Record<Exclude<NoticeRole, 'table-header' | 'table-row'>, RangeFormat>> = {
  title: { bold: true, fontSize: 18, align: 'center' },
  subtitle: { fontSize: 12, align: 'center' },
  heading: { bold: true, fontSize: 12, align: 'left' },
  paragraph: { fontSize: 11, align: 'left', wrap: true },
  note: { fontSize: 10, align: 'left', wrap: true },
  signature: { fontSize: 12, align: 'right' },
};

/** Points per printed line of each text row at its font size (a merged cell does not grow with its text). */
const LINE_POINTS: Readonly<Record<Exclude<NoticeRole, 'table-header' | 'table-row'>, number>> = {
  title: 30, subtitle: 18, heading: 18, paragraph: 16, note: 15, signature: 18,
};

/** Width of text in column units: a CJK (full-width) character takes two, as in Excel's column widths. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** How a cell of a table is written: its number format at the notice's precision, undefined for text. */
function numberFormat(f: CellFormat | undefined, precision: number): string | undefined {
  if (f === 'score') return scoreFormat(precision);
  if (f === 'percent') return '0.0#%';
  if (f === 'rank') return '0';
  return undefined;
}

/** A notice cell as printed: scores at the notice's precision, fractions as percents, blank for none. */
export const cellText = (v: NoticeRow['cells'][number], f: CellFormat | undefined, precision: number): string => {
  if (v === null) return '';
  if (typeof v !== 'number') return v;
  if (f === 'percent') return `${(v * 100).toFixed(1)}%`;
  return f === 'score' ? v.toFixed(precision) : String(v);
};

/** Column widths that fit every table cell (a header wraps onto two lines before a column gets wide), 6 to 24 units. */
function columnWidths(notice: Notice): number[] {
  const widths = Array.from({ length: notice.width }, () => 6);
  for (const r of notice.rows) {
    if (r.role !== 'table-header' && r.role !== 'table-row') continue;
    r.cells.forEach((v, i) => {
      const w = textWidth(cellText(v, r.formats?.[i], notice.precision));
      const need = r.role === 'table-header' ? Math.ceil(w / 2) + 2 : w + 2;
      widths[i] = Math.min(24, Math.max(widths[i]!, need));
    });
  }
  return widths;
}

/** A run of table rows (header and body) that sit together: one block, bordered, formatted per column. */
interface TableRun {
  readonly top: number;
  readonly rows: NoticeRow[];
}

function tableFormats(run: TableRun, precision: number): { range: string; fmt: RangeFormat }[] {
  const n = run.rows.length;
  // A group's table has only its own parts (no 公众评估 for townships): borders end with its last column.
  const width = Math.max(...run.rows.map((r) => r.cells.length));
  const out: { range: string; fmt: RangeFormat }[] = [{ range: rangeOf(run.top, 1, n, width), fmt: { border: true, fontSize: 10 } }];
  const body = run.rows.filter((r) => r.role === 'table-row');
  const header = run.rows[0]?.role === 'table-header' ? 1 : 0;
  if (header) out.push({ range: rangeOf(run.top, 1, 1, width), fmt: { bold: true, fill: '#F2F2F2', align: 'center', wrap: true } });
  const formats = body[0]?.formats ?? [];
  formats.forEach((f, i) => {
    const nf = numberFormat(f, precision);
    if (nf !== undefined && body.length > 0) out.push({ range: rangeOf(run.top + header, i + 1, body.length, 1), fmt: { numberFormat: nf, align: 'center' } });
  });
  // The tier cell carries its tier's colour, as on 排名结果.
  body.forEach((r, i) => {
    const tier: Tier | undefined = r.tier;
    if (tier !== undefined) out.push({ range: rangeOf(run.top + header + i, 1, 1, 1), fmt: TIER_FILLS[tier] });
  });
  return out;
}

/**
 * The 通报 sheet: one row per notice row (a blank line before each section and before the signature), text rows merged
 * across the tables' width with heights for their wrapped lines, tables bordered with their formats.
 */
export function noticeSheetPlan(notice: Notice, stamp: RunStamp): SheetPlan {
  const width = notice.width;
  const widths = columnWidths(notice);
  const pageWidth = widths.reduce((a, b) => a + b, 0);
  const blocks: PlanBlock[] = [];
  const formats: { range: string; fmt: RangeFormat }[] = widths.map((w, i) => ({ range: rangeOf(1, i + 1, 1, 1), fmt: { columnWidth: w } }));
  const merges: string[] = [];
  let row = 0;
  let run: TableRun | undefined;
  const closeRun = (): void => {
    if (!run) return;
    // Names and tiers are text whatever they look like ("=SUM(1)", "007").
    const textColumns = (run.rows.at(-1)?.formats ?? []).flatMap((f, i) => (f === 'text' ? [i] : []));
    blocks.push({ row: run.top, col: 1, values: run.rows.map((r) => [...r.cells]), textColumns });
    formats.push(...tableFormats(run, notice.precision));
    run = undefined;
  };
  notice.rows.forEach((r, i) => {
    const previous = notice.rows[i - 1]?.role;
    if (r.role === 'table-header' || r.role === 'table-row') {
      if (r.role === 'table-header') closeRun();
      row += 1;
      run ??= { top: row, rows: [] };
      run.rows.push(r);
      return;
    }
    closeRun();
    // A blank line before a section, after the subtitle and before the signature block, as a printed notice spaces them.
    if (r.role === 'heading' || previous === 'subtitle' || (r.role === 'signature' && previous !== 'signature')) row += 1;
    row += 1;
    const text = String(r.cells[0] ?? '');
    blocks.push({ row, col: 1, values: [[text]], textColumns: [0] });
    if (width > 1) merges.push(rangeOf(row, 1, 1, width));
    const size = TEXT_FORMATS[r.role].fontSize ?? 11;
    const lines = TEXT_FORMATS[r.role].wrap === true ? Math.max(1, Math.ceil((textWidth(text) * size) / 11 / (pageWidth * 0.95))) : 1;
    formats.push({ range: rangeOf(row, 1, 1, width), fmt: { ...TEXT_FORMATS[r.role], rowHeight: lines * LINE_POINTS[r.role] } });
  });
  closeRun();
  return {
    name: NOTICE_SHEET,
    blocks,
    formats,
    conditional: [],
    lists: [],
    merges,
    page: printSetup({ name: NOTICE_SHEET, stamp, orientation: 'portrait', area: rangeOf(1, 1, row, width) }),
  };
}
