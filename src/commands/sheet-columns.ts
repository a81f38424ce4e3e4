/**
 * A results table as a list of columns — header, value per row, whether it is text, its width and format — so the
 * positions of the score, tier and text columns, the number formats and the chart follow from the list instead of
 * hand-kept indexes. Shared by 排名结果 (county, people) and how it prints.
 */
import { roundHalfUp, type CellValue, type UnitParts } from '../engine';
import type { PageSetup, RangeFormat } from '../host/port';
import { rangeOf, scoreFormat } from './a1-range';
import type { RunStamp } from './results-layout';
import type { PlanBlock } from './types';

/** One column of the table: header, value per row, and how it is written. */
export interface Column<R> {
  readonly header: string;
  readonly value: (r: R) => CellValue;
  /** Names the column for a caller that needs its place (tier colours, the chart). */
  readonly key?: string;
  /** Stored as text whatever it looks like (names, codes, explanations). */
  readonly text?: boolean;
  /** In characters; 14 unless set. */
  readonly width?: number;
  /** Long text wraps within the column (explanations) instead of running across the page. */
  readonly wrap?: boolean;
  /** The number format, given the scheme's precision. */
  readonly format?: (precision: number) => string;
  /** The score the rows are ranked by: the chart's values. */
  readonly score?: boolean;
  /** The row's name: the chart's categories. */
  readonly label?: boolean;
}

/** 1-based position of the column with `key` (or matching `pick`); 1 when none does. */
export function columnOf<R>(columns: readonly Column<R>[], pick: string | ((c: Column<R>) => boolean)): number {
  const i = columns.findIndex(typeof pick === 'string' ? (c) => c.key === pick : pick);
  return i < 0 ? 1 : i + 1;
}

/** The table at `top` (header, then one row per item) and its formats: header shading, widths, number formats, wrap. */
export function tableOf<R>(columns: readonly Column<R>[], rows: readonly R[], top: number, precision: number): { block: PlanBlock; formats: { range: string; fmt: RangeFormat }[] } {
  const n = rows.length;
  const formats: { range: string; fmt: RangeFormat }[] = [
    { range: rangeOf(top, 1, 1, columns.length), fmt: { bold: true, fill: '#F2F2F2', wrap: true } },
    ...columns.map((c, i) => ({ range: rangeOf(top, i + 1, 1, 1), fmt: { columnWidth: c.width ?? 14 } })),
  ];
  columns.forEach((c, i) => {
    if (n === 0) return;
    if (c.format) formats.push({ range: rangeOf(top + 1, i + 1, n, 1), fmt: { numberFormat: c.format(precision) } });
    if (c.wrap) formats.push({ range: rangeOf(top + 1, i + 1, n, 1), fmt: { wrap: true } });
  });
  const values = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))];
  const textColumns = columns.flatMap((c, i) => (c.text === true ? [i] : []));
  return { block: { row: top, col: 1, values, textColumns }, formats };
}

/** A part of a unit's score beside its composite (engine/notice parts), from rows whose parts are already shown (`shownParts`). */
export function partColumn<R extends { readonly parts: UnitParts }>(header: string, key: string, width = 10): Column<R> {
  return { header, value: (r) => r.parts[key] ?? null, format: scoreFormat, width };
}

/**
 * Score parts as shown beside the composite (numbers are points: a fraction such as the wage float is not passed
 * here): rounded half-up to the scheme precision the ranking used (as 通报 and
 * the CLI show them), texts (a grade) as they are; blank where a unit has no such part (公众评估 of a township).
 */
export function shownParts(parts: UnitParts, precision: number): UnitParts {
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'number' ? roundHalfUp(v, precision) : v]));
}

/** The run stamp as one line, for the printed page's header. */
export const stampLine = (stamp: RunStamp): string => `运行 ${stamp.time}　方案 ${stamp.scheme}　哈希 ${stamp.hash}`;

/**
 * How an add-in table prints: A4 one page wide, `titleRow` (the table's header) repeated on every page, the run stamp
 * in the header beside the sheet's name, page numbers in the footer.
 */
export function printSetup(opts: { readonly name: string; readonly stamp: RunStamp; readonly area: string; readonly titleRow?: number; readonly orientation: PageSetup['orientation'] }): PageSetup {
  return {
    paper: 'A4',
    orientation: opts.orientation,
    fitToWidth: true,
    centered: true,
    printArea: opts.area,
    ...(opts.titleRow !== undefined ? { titleRows: { first: opts.titleRow, last: opts.titleRow } } : {}),
    header: { left: stampLine(opts.stamp), right: opts.name },
    footer: { center: '第 {page} 页，共 {pages} 页 / page {page} of {pages}' },
  };
}
