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
 * so the style is copied before it is changed. `undefined` removes a property. Cells that had the same style
 * object and get the same patch share the result (as ExcelJS shares loaded styles), so a save renders it once.
 */
export function patchStyle(cell: ExcelJS.Cell, patch: Partial<Record<keyof ExcelJS.Style, unknown>>): void {
  const from = cell.style as object;
  const key = patchKey(patch);
  let byPatch = patched.get(from);
  const known = byPatch?.get(key);
  if (known) {
    cell.style = known;
    return;
  }
  const next: Record<string, unknown> = { ...cell.style };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  if (!byPatch) patched.set(from, (byPatch = new Map()));
  byPatch.set(key, next as Partial<ExcelJS.Style>);
  cell.style = next as Partial<ExcelJS.Style>;
}

/** Result of each patch per original style object; dropped with the styles (and so with their workbook). */
const patched = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();
/** A patch's key, kept per patch object since callers reuse one patch for a whole column. */
const keys = new WeakMap<object, string>();
function patchKey(patch: object): string {
  let key = keys.get(patch);
  if (key === undefined) keys.set(patch, (key = JSON.stringify(Object.entries(patch), (_k, v: unknown) => (v === undefined ? '\u0000undefined' : v))));
  return key;
}

/**
 * One empty style object per sheet for the cells a block write creates: ExcelJS gives each new cell its own {},
 * and a save renders every distinct style object (hundreds of thousands of them for a large results sheet).
 */
export function shareEmptyStyle(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  const style = cell.style as object;
  if (Object.keys(style).length > 0) return;
  let empty = emptyStyles.get(ws);
  if (!empty) emptyStyles.set(ws, (empty = style));
  else cell.style = empty;
}
const emptyStyles = new WeakMap<ExcelJS.Worksheet, object>();

/** The same for every cell of a sheet, before a save: ExcelJS also loads each unstyled cell with its own {}. */
export function shareEmptyStyles(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => shareEmptyStyle(ws, cell)));
}

/** Removes a cell's note. ExcelJS has no public way; the note lives in `_comment` and is written only when set. */
export function removeNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}
