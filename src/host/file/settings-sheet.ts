/** The settings of a file workbook, in its very-hidden SETTINGS_SHEET (port.ts): read whole, written whole. */
import type ExcelJS from 'exceljs';
import { SETTINGS_SHEET } from '../port';
import { blockRect, widthOf } from '../range';
import { decodeSettings, encodeSettings, type Settings } from '../settings';
import { clearValues, readRect, usedRect, writeRect } from './sheet-io';

const settingsSheet = (wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined => wb.worksheets.find((w) => w.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());

export function readSettings(wb: ExcelJS.Workbook): Settings {
  const ws = settingsSheet(wb);
  const r = ws && usedRect(ws);
  return ws && r ? decodeSettings(readRect(ws, r)) : new Map();
}

export function writeSettings(wb: ExcelJS.Workbook, settings: Settings): void {
  const ws = settingsSheet(wb) ?? wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  clearValues(ws);
  const rows = encodeSettings(settings);
  writeRect(ws, blockRect('A1', rows.length, widthOf(rows)), rows);
}
