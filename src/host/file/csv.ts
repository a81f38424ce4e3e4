/**
 * CSV → a block of values. Encoding: UTF-8 BOM, UTF-16 BOM, valid UTF-8, else GB18030 (a superset of GBK —
 * what Chinese Excel and WPS save "CSV" as). Numbers: plain numerals ("90", "-3.5") become numbers as Excel
 * would read them; anything else ("001", "85%", "1,234", "９０") stays text for the engine's coercion to judge,
 * so codes keep leading zeros and nothing is guessed.
 */
import { parse } from 'csv-parse/sync';
import { a1, type CellValue } from '../../engine/core/cell';
import { HostError } from '../errors';
import { fileTooLarge } from './detect';
import { MAX_CELLS } from './zip-guard';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * UTF-16 saved without a BOM: in the first KB, NUL bytes on one side of most character pairs (ASCII and digits)
 * and almost none on the other. UTF-8 and GB18030 text holds no NUL at all.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** TextDecoder only (Node and browsers both have GB18030), so the task pane's offline page reads the same CSVs as the CLI. */
export function decodeCsv(b: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8-bom' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(b);
  if (utf16) return { text: new TextDecoder(utf16).decode(b), encoding: utf16 };
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

/**
 * Parses CSV text (comma, or tab for UTF-16 "Unicode text") with quotes and embedded newlines; drops trailing blank
 * lines. Line endings may be mixed (\r\n, \n, \r: files pasted together from several machines). A quote that is never
 * closed is HostError 'file-corrupt' naming the cell where it opened — everything after it would be one cell.
 */
export function parseCsv(text: string, delimiter = ',', name = 'CSV'): CellValue[][] {
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const open = (e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? openQuote(text, delimiter) : undefined;
    if (!open) throw e;
    throw new HostError('file-corrupt', { file: name, cell: a1(open.row, open.col), row: open.row }, { cause: e });
  }
  const values = rows.map((r) => r.map(cellOf));
  while (values.length && values[values.length - 1]!.every((v) => v === null)) values.pop();
  return values;
}

/** Where a quote that is never closed opened (1-based row and column), as csv-parse reads quotes (RFC 4180, relaxed). */
function openQuote(text: string, delimiter: string): { row: number; col: number } | undefined {
  let row = 1;
  let col = 1;
  let fieldStart = true;
  let opened: { row: number; col: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (opened) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') opened = undefined;
      continue;
    }
    if (c === delimiter || c === '\n' || c === '\r') {
      if (c === delimiter) col++;
      else {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row++;
        col = 1;
      }
      fieldStart = true;
      continue;
    }
    if (c === '"' && fieldStart) opened = { row, col };
    fieldStart = false;
  }
  return opened;
}

/** Decodes and parses a CSV file's bytes (from `name`); more cells than a workbook may hold is HostError 'file-too-large'. */
export function readCsv(buf: Uint8Array, name = 'CSV'): { values: CellValue[][]; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(buf);
  const values = parseCsv(text, encoding.startsWith('utf-16') ? '\t' : ',', name);
  const cells = values.reduce((n, row) => n + row.length, 0);
  if (cells > MAX_CELLS) throw fileTooLarge(name, { cells });
  return { values, encoding };
}

/** A sheet name from a file name: no extension, no characters Excel forbids, at most 31 characters. */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const name = base.replace(/\.[^.]*$/, '').replace(/[[\]:*?/\\]/g, '_').slice(0, 31).trim();
  return name || 'Sheet1';
}
