/** Range formats, conditional colours, charts and drop-down lists on ET — each a few calls on a whole range. */
import { absoluteArea, pageParts, PAPER_CODES, titleRowsRef, type PagePart } from '../page';
import type { ChartSpec, ColorRule, PageSetup, RangeFormat } from '../port';
import { toBgr } from './cells';
import { XL, type EtRange, type EtSheet } from './et';

export function applyFormat(target: EtRange, fmt: RangeFormat): void {
  if (fmt.bold !== undefined) target.Font.Bold = fmt.bold;
  if (fmt.font !== undefined) target.Font.Color = toBgr(fmt.font);
  if (fmt.fill !== undefined) target.Interior.Color = toBgr(fmt.fill);
  if (fmt.wrap !== undefined) target.WrapText = fmt.wrap;
  if (fmt.columnWidth !== undefined) target.ColumnWidth = fmt.columnWidth; // ET measures widths in characters too
  if (fmt.numberFormat !== undefined) target.NumberFormat = fmt.numberFormat;
  if (fmt.fontSize !== undefined) target.Font.Size = fmt.fontSize;
  if (fmt.align !== undefined) target.HorizontalAlignment = ALIGN[fmt.align];
  if (fmt.rowHeight !== undefined) target.RowHeight = fmt.rowHeight;
  if (fmt.border) {
    target.Borders.LineStyle = XL.continuous;
    target.Borders.Weight = XL.thin;
  }
}

const ALIGN: Readonly<Record<NonNullable<RangeFormat['align']>, number>> = { left: XL.alignLeft, center: XL.alignCenter, right: XL.alignRight };

/** How a sheet prints (ET PageSetup, Excel's VBA model): Zoom false, one page wide, FitToPagesTall false = as tall as needed. */
export function applyPage(ws: EtSheet, setup: PageSetup): void {
  const p = ws.PageSetup;
  p.PaperSize = PAPER_CODES[setup.paper];
  p.Orientation = setup.orientation === 'portrait' ? XL.portrait : XL.landscape;
  if (setup.fitToWidth) {
    p.Zoom = false;
    p.FitToPagesWide = 1;
    p.FitToPagesTall = false;
  } else p.Zoom = 100;
  p.CenterHorizontally = setup.centered ?? false;
  p.PrintTitleRows = setup.titleRows ? titleRowsRef(setup.titleRows) : '';
  p.PrintArea = setup.printArea !== undefined ? absoluteArea(setup.printArea) : '';
  // ET names the same six parts with a capital: LeftHeader … RightFooter.
  for (const [part, code] of Object.entries(pageParts(setup))) p[`${part[0]!.toUpperCase()}${part.slice(1)}` as Capitalize<PagePart>] = code;
}

/** One "cell value equals" condition per rule; ET evaluates them, so they follow later edits. */
export function applyColors(target: EtRange, rules: readonly ColorRule[]): void {
  for (const r of rules) {
    const fc = target.FormatConditions.Add(XL.cellValue, XL.equal, `="${r.equals.replace(/"/g, '""')}"`);
    fc.Interior.Color = toBgr(r.fill);
    if (r.font) fc.Font.Color = toBgr(r.font);
  }
}

/** Chart size in points: about eight columns by twenty rows. */
const CHART = { width: 480, height: 300 } as const;

/** A clustered chart with one series per spec entry, each with its own colour, categories on the axis. */
export function addEtChart(ws: EtSheet, spec: ChartSpec): void {
  const at = ws.Range(spec.anchor);
  const chart = ws.ChartObjects().Add(Number(at.Left), Number(at.Top), CHART.width, CHART.height).Chart;
  chart.ChartType = spec.type === 'bar' ? XL.barClustered : XL.columnClustered;
  chart.HasTitle = true;
  chart.ChartTitle.Text = spec.title;
  const categories = ws.Range(spec.categories);
  for (const x of spec.series) {
    const series = chart.SeriesCollection().NewSeries();
    series.Name = x.name;
    series.Values = ws.Range(x.values);
    series.XValues = categories;
    if (x.color) series.Format.Fill.ForeColor.RGB = toBgr(x.color);
  }
}

/** A drop-down list from listSource's formula: an inline "A,B" loses its quotes, a range reference gains "=". */
export function applyList(target: EtRange, formula: string): void {
  const v = target.Validation;
  v.Delete(); // ET refuses Add over an existing rule
  v.Add(XL.validateList, XL.validAlertStop, XL.between, formula.startsWith('"') ? formula.slice(1, -1) : `=${formula}`);
  v.InCellDropdown = true;
  v.ShowError = true;
  v.ErrorTitle = '请从列表中选择 / Pick from the list';
  v.ErrorMessage = '只能填列表中的值。/ Only values from the list are allowed.';
}
