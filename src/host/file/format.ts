/** Formatting on an ExcelJS sheet: range formats, conditional colours and drop-down lists. */
import type ExcelJS from 'exceljs';
import { pageSections, PAPER_CODES, printAreaOf, titleRowsRef } from '../page';
import type { ColorRule, PageSetup, RangeFormat } from '../port';
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

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
/** A printed table's grid: thin lines on every side of every cell (neighbours share theirs). */
const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** ExcelJS keeps styles per cell, so a range format touches each cell (files have no round trips to save). */
export function formatRect(ws: ExcelJS.Worksheet, r: Rect, fmt: RangeFormat): void {
  // Fill, number format and grid are one patch for the whole range (cells that shared a style keep sharing one).
  const fixed = {
    ...(fmt.fill !== undefined ? { fill: solidFill(fmt.fill) } : {}),
    ...(fmt.numberFormat !== undefined ? { numFmt: fmt.numberFormat } : {}),
    ...(fmt.border ? { border: GRID } : {}),
  };
  const font = fmt.bold !== undefined || fmt.font !== undefined || fmt.fontSize !== undefined;
  const align = fmt.wrap !== undefined || fmt.align !== undefined;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const cell = ws.getCell(row, col);
      if (!font && !align) {
        patchStyle(cell, fixed);
        continue;
      }
      patchStyle(cell, {
        ...fixed,
        ...(font
          ? {
              font: {
                ...cell.font,
                ...(fmt.bold !== undefined ? { bold: fmt.bold } : {}),
                ...(fmt.font ? { color: { argb: argb(fmt.font) } } : {}),
                ...(fmt.fontSize !== undefined ? { size: fmt.fontSize } : {}),
              },
            }
          : {}),
        ...(align
          ? {
              alignment: {
                ...cell.alignment,
                ...(fmt.wrap !== undefined ? { wrapText: fmt.wrap } : {}),
                ...(fmt.align !== undefined ? { horizontal: fmt.align } : {}),
              },
            }
          : {}),
      });
    }
  }
  if (fmt.columnWidth !== undefined) for (let c = r.left; c <= r.right; c++) ws.getColumn(c).width = fmt.columnWidth;
  if (fmt.rowHeight !== undefined) for (let row = r.top; row <= r.bottom; row++) ws.getRow(row).height = fmt.rowHeight;
}

/**
 * How the sheet prints, in the package's own terms (pageSetup, headerFooter): fitToHeight 0 is "as many pages as the
 * rows need", so fitToPage with fitToWidth 1 is Excel's "Fit All Columns on One Page".
 */
export function setPage(ws: ExcelJS.Worksheet, setup: PageSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_CODES[setup.paper] as ExcelJS.PageSetup['paperSize'],
    orientation: setup.orientation,
    fitToPage: setup.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: setup.centered ?? false,
    printTitlesRow: setup.titleRows ? titleRowsRef(setup.titleRows, false) : undefined,
    // ExcelJS writes the defined name as `'sheet'!$` + each corner, so rows made absolute here give $A$1:$H$40.
    printArea: setup.printArea !== undefined ? printAreaOf(setup.printArea).replace(/([A-Z]+)(\d+)/g, '$1$$$2') : undefined,
  } as ExcelJS.PageSetup;
  ws.headerFooter = { ...ws.headerFooter, oddHeader: pageSections(setup.header), oddFooter: pageSections(setup.footer) } as ExcelJS.HeaderFooter;
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
