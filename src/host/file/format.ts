/** Formatting on an ExcelJS sheet: range formats, conditional colours and drop-down lists. */
import type ExcelJS from 'exceljs';
import type { ColorRule, RangeFormat } from '../port';
import type { Rect } from '../range';
import { argb, patchStyle, solidFill } from './cells';

/** One "cell equals" conditional format per rule, evaluated by Excel/WPS when the file is opened. */
export function addColors(ws: ExcelJS.Worksheet, ref: string, rules: readonly ColorRule[]): void {
  ws.addConditionalFormatting({
    ref,
    rules: rules.map((r, i) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${r.equals.replace(/"/g, '""')}"`],
      priority: i + 1,
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(r.fill) } },
        ...(r.font ? { font: { color: { argb: argb(r.font) } } } : {}),
      },
    })),
  });
}

/** ExcelJS keeps styles per cell, so a range format touches each cell (files have no round trips to save). */
export function formatRect(ws: ExcelJS.Worksheet, r: Rect, fmt: RangeFormat): void {
  // Fill and number format are one patch for the whole range (cells that shared a style keep sharing one).
  const fixed = {
    ...(fmt.fill !== undefined ? { fill: solidFill(fmt.fill) } : {}),
    ...(fmt.numberFormat !== undefined ? { numFmt: fmt.numberFormat } : {}),
  };
  const font = fmt.bold !== undefined || fmt.font !== undefined;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const cell = ws.getCell(row, col);
      if (!font && fmt.wrap === undefined) {
        patchStyle(cell, fixed);
        continue;
      }
      patchStyle(cell, {
        ...fixed,
        ...(font
          ? { font: { ...cell.font, ...(fmt.bold !== undefined ? { bold: fmt.bold } : {}), ...(fmt.font ? { color: { argb: argb(fmt.font) } } : {}) } }
          : {}),
        ...(fmt.wrap !== undefined ? { alignment: { ...cell.alignment, wrapText: fmt.wrap } } : {}),
      });
    }
  }
  if (fmt.columnWidth !== undefined) for (let c = r.left; c <= r.right; c++) ws.getColumn(c).width = fmt.columnWidth;
}

/** ExcelJS has worksheet.dataValidations (range keys) but its typings omit it. */
interface DataValidationHolder {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** A drop-down list on `ref` from listSource's formula; other values are refused with a bilingual message. */
export function addList(ws: ExcelJS.Worksheet, ref: string, formula: string): void {
  (ws as unknown as DataValidationHolder).dataValidations.add(ref, {
    type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true,
    errorTitle: '请从列表中选择 / Pick from the list', error: '只能填列表中的值。/ Only values from the list are allowed.',
  });
}
