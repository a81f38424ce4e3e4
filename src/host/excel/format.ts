/** Range formatting, conditional colours, charts and lists for ExcelWorkbook: queued commands only, never a sync. */
import { pageParts, printAreaOf, titleRowsRef } from '../page';
import type { ChartSpec, ColorRule, PageSetup, RangeFormat } from '../port';
import type { Rect } from '../range';

/** Points per character of column width (Calibri 11: 8.43 characters ≈ 48 pt). */
const POINTS_PER_CHAR = 5.7;

/** One "cell value equals" conditional format per rule; Excel evaluates them, so they follow later edits. */
export function queueColors(target: Excel.Range, rules: readonly ColorRule[]): void {
  for (const r of rules) {
    const cf = target.conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = r.fill;
    if (r.font) cf.cellValue.format.font.color = r.font;
    cf.cellValue.rule = { formula1: `="${r.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  }
}

const ALIGN: Readonly<Record<NonNullable<RangeFormat['align']>, 'Left' | 'Center' | 'Right'>> = { left: 'Left', center: 'Center', right: 'Right' };
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export function queueFormat(target: Excel.Range, rect: Rect, fmt: RangeFormat): void {
  if (fmt.bold !== undefined) target.format.font.bold = fmt.bold;
  if (fmt.font !== undefined) target.format.font.color = fmt.font;
  if (fmt.fill !== undefined) target.format.fill.color = fmt.fill;
  if (fmt.wrap !== undefined) target.format.wrapText = fmt.wrap;
  if (fmt.columnWidth !== undefined) target.format.columnWidth = fmt.columnWidth * POINTS_PER_CHAR;
  if (fmt.fontSize !== undefined) target.format.font.size = fmt.fontSize;
  if (fmt.align !== undefined) target.format.horizontalAlignment = ALIGN[fmt.align];
  if (fmt.rowHeight !== undefined) target.format.rowHeight = fmt.rowHeight;
  if (fmt.border) {
    // Inside lines only where the range has two rows or columns to draw them between.
    const inside = [...(rect.bottom > rect.top ? (['InsideHorizontal'] as const) : []), ...(rect.right > rect.left ? (['InsideVertical'] as const) : [])];
    for (const edge of [...EDGES, ...inside]) target.format.borders.getItem(edge).style = 'Continuous';
  }
  if (fmt.numberFormat !== undefined) {
    const row = Array<string>(rect.right - rect.left + 1).fill(fmt.numberFormat);
    target.numberFormat = Array.from({ length: rect.bottom - rect.top + 1 }, () => [...row]);
  }
}

/** A clustered chart with one series per spec entry, each with its own colour, categories on the axis. */
export function queueChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const chart = ws.charts.add(spec.type === 'bar' ? 'BarClustered' : 'ColumnClustered', ws.getRange(first.values), 'Columns');
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor);
  const categories = ws.getRange(spec.categories);
  const style = (series: Excel.ChartSeries, x: ChartSpec['series'][number]): void => {
    series.name = x.name;
    series.setXAxisValues(categories);
    if (x.color) series.format.fill.setSolidColor(x.color);
  };
  style(chart.series.getItemAt(0), first);
  for (const x of rest) {
    const series = chart.series.add(x.name);
    series.setValues(ws.getRange(x.values));
    style(series, x);
  }
}

/** A drop-down list from listSource's formula: inline "A,B" loses its quotes, a range reference gains "=". */
export function queueList(target: Excel.Range, formula: string): void {
  target.dataValidation.clear();
  target.dataValidation.rule = { list: { inCellDropDown: true, source: formula.startsWith('"') ? formula.slice(1, -1) : `=${formula}` } };
  target.dataValidation.errorAlert = {
    showAlert: true, style: 'Stop', title: '请从列表中选择 / Pick from the list', message: '只能填列表中的值。/ Only values from the list are allowed.',
  };
}

/**
 * How a sheet prints (ExcelApi 1.9 pageLayout): property sets and calls queued for the batch's one last sync. A zoom of
 * one page wide and 0 pages tall is Excel's "Fit All Columns on One Page".
 */
export function queuePage(ws: Excel.Worksheet, setup: PageSetup): void {
  const p = ws.pageLayout;
  p.paperSize = setup.paper === 'A4' ? 'A4' : 'A3';
  p.orientation = setup.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  p.centerHorizontally = setup.centered ?? false;
  p.zoom = setup.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
  if (setup.titleRows) p.setPrintTitleRows(titleRowsRef(setup.titleRows));
  if (setup.printArea !== undefined) p.setPrintArea(printAreaOf(setup.printArea));
  Object.assign(p.headersFooters.defaultForAllPages, pageParts(setup));
}
