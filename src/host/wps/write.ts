/**
 * Writing blocks on ET: number formats first, by runs of columns packed into multi-area ranges (a handful of
 * assignments whatever the row count), then every value in ONE Value2 assignment. Strings go into cells formatted
 * as text ("@"), so ET keeps them as typed: a leading = + - @ never makes a formula and "001" stays "001".
 * Also the add-in's very hidden sheets: the settings sheet and the drop-down lists sheet.
 */
import type { CellValue } from '../../engine/core/cell';
import { a1 } from '../../engine/core/cell';
import { packAreas } from '../excel/areas';
import { officeBlock } from '../excel/session';
import { SETTINGS_SHEET } from '../port';
import { blockRect, rectAddress, widthOf, type Rect } from '../range';
import { encodeSettings } from '../settings';
import { XL, type EtSheet } from './et';
import { usedValues } from './read';
import { findSheet, sheetOf, type WpsSession } from './session';

/** Longest address ET's Range() accepts. */
export const MAX_ET_ADDRESS = 255;

/** Each format's cells as "C2:C40" pieces: runs down each column of the same format. */
function formatPieces(formats: readonly (readonly string[])[], at: Rect): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const width = formats[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let r = 1; r <= formats.length; r++) {
      const f = formats[start]![c]!;
      if (r < formats.length && formats[r]![c] === f) continue;
      const col = at.left + c;
      const from = a1(at.top + start, col);
      const piece = r - 1 === start ? from : `${from}:${a1(at.top + r - 1, col)}`;
      const list = out.get(f);
      if (list) list.push(piece);
      else out.set(f, [piece]);
      start = r;
    }
  }
  return out;
}

/** Writes `values` with its top-left at `topLeft`: formats by range, then one Value2 assignment. */
export function writeValues(ws: EtSheet, topLeft: string, values: readonly (readonly CellValue[])[], textColumns: readonly number[]): void {
  const width = widthOf(values);
  if (values.length === 0 || width === 0) return;
  const rect = blockRect(topLeft, values.length, width);
  const block = officeBlock(values, width, textColumns);
  for (const [format, pieces] of formatPieces(block.formats, rect)) {
    for (const list of packAreas(pieces, MAX_ET_ADDRESS)) ws.Range(list).NumberFormat = format;
  }
  const single = values.length === 1 && width === 1;
  ws.Range(rectAddress(rect)).Value2 = single ? block.values[0]![0] : block.values;
}

/**
 * Adds a sheet named `name` at the end of the tab order, or (`before`) in place of that one, and leaves the
 * active sheet as it was (Worksheets.Add activates the new sheet).
 */
export function addEtSheet(s: WpsSession, name: string, before?: EtSheet): EtSheet {
  const sheets = s.book.Worksheets;
  const active = s.app.ActiveSheet;
  const ws = before ? sheets.Add(before) : sheets.Add(undefined, sheets.Item(sheets.Count));
  ws.Name = name;
  if (active) active.Activate();
  return ws;
}

/** The add-in's very hidden sheet `name`, created (at the end, very hidden) when missing. */
export function hiddenSheet(s: WpsSession, name: string): EtSheet {
  if (findSheet(s, name)?.name === name) return sheetOf(s, name);
  const ws = addEtSheet(s, name);
  ws.Visible = XL.sheetVeryHidden;
  s.sheets.push({ name, visible: XL.sheetVeryHidden });
  return ws;
}

/** Rewrites the settings sheet from the session's settings: old contents cleared, then one block written. */
export function writeSettings(s: WpsSession): void {
  const ws = hiddenSheet(s, SETTINGS_SHEET);
  const old = usedValues(ws).rect;
  if (old) ws.Range(rectAddress(old)).Value2 = ''; // one scalar assignment clears the whole block
  const rows = encodeSettings(s.settings);
  writeValues(ws, 'A1', rows, []);
  s.settingsDirty = false;
}

/** Columns of the lists sheet already holding lists (read once per batch). */
export function listsWidth(s: WpsSession, sheet: string): number {
  if (s.listsColumns !== undefined) return s.listsColumns;
  const found = findSheet(s, sheet);
  const rect = found ? usedValues(sheetOf(s, found.name)).rect : undefined;
  return (s.listsColumns = rect ? rect.right : 0);
}
