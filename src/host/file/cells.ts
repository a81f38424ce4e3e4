/** ExcelJS cell shapes ↔ the port's CellValue and style patches. */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/core/cell';

/** ExcelJS value → CellValue: formulas give their cached result, rich text and links their text, errors their code. */
export function fromExcelJs(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if ('error' in v) return v.error;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return fromExcelJs(v.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in v) return fromExcelJs(v.text as ExcelJS.CellValue);
  return null; // checkboxes and other shapes carry no value the engine reads
}

/** "#RRGGBB" → ExcelJS "FFRRGGBB". */
export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

export const solidFill = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

/**
 * Sets style properties on one cell without touching others: ExcelJS cells can share one style object,
 * so the style is copied before it is changed. `undefined` removes a property.
 */
export function patchStyle(cell: ExcelJS.Cell, patch: Partial<Record<keyof ExcelJS.Style, unknown>>): void {
  const next: Record<string, unknown> = { ...cell.style };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  cell.style = next as Partial<ExcelJS.Style>;
}

/** Removes a cell's note. ExcelJS has no public way; the note lives in `_comment` and is written only when set. */
export function removeNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}
