/**
 * CSV → a block of values. Encoding: UTF-8 BOM, UTF-16 BOM, valid UTF-8, else GB18030 (a superset of GBK —
 * what Chinese Excel and WPS save "CSV" as). Numbers: plain numerals ("90", "-3.5") become numbers as Excel
 * would read them; anything else ("001", "85%", "1,234", "９０") stays text for the engine's coercion to judge,
 * so codes keep leading zeros and nothing is guessed.
 */
import { parse } from 'csv-parse/sync';
import type { CellValue } from '../../engine/core/cell';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

/** TextDecoder only (Node and browsers both have GB18030), so the task pane's offline page reads the same CSVs as the CLI. */
export function decodeCsv(b: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8-bom' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(b), encoding: 'gb18030' };
  }
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

const cellOf = (s: string): CellValue => {
  if (s === '') return null;
  return PLAIN_NUMBER.test(s) ? Number(s) : s;
};

/** Parses CSV text (comma, or tab for UTF-16 "Unicode text") with quotes and embedded newlines; drops trailing blank lines. */
export function parseCsv(text: string, delimiter = ','): CellValue[][] {
  const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const values = rows.map((r) => r.map(cellOf));
  while (values.length && values[values.length - 1]!.every((v) => v === null)) values.pop();
  return values;
}

/** Decodes and parses a CSV file's bytes. */
export function readCsv(buf: Uint8Array): { values: CellValue[][]; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(buf);
  return { values: parseCsv(text, encoding === 'utf-16le' ? '\t' : ','), encoding };
}

/** A sheet name from a file name: no extension, no characters Excel forbids, at most 31 characters. */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const name = base.replace(/\.[^.]*$/, '').replace(/[[\]:*?/\\]/g, '_').slice(0, 31).trim();
  return name || 'Sheet1';
}
