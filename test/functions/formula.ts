/**
 * Turns a formula as a user types it — `=PERF.ENGINEER(A1,1,103,100,1,{0.4,0.2,0.2,0.2})` — into the
 * function name and the arguments Excel would pass: numbers, strings, booleans, error values, array constants and
 * ranges as 2-D arrays, cell references read from a small sheet (a blank cell is null), an omitted
 * argument as null. Enough grammar for the harness; not a formula engine.
 */
/** An error value in a cell or typed in a formula (#N/A, #DIV/0!, …), as Excel holds it. */
export class ExcelErrorValue {
  constructor(readonly code: string) {}
}

export type Sheet = Readonly<Record<string, string | number | boolean | null | ExcelErrorValue>>;

const ERROR_LITERAL = /^#(N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!)$/i;

export interface ParsedFormula {
  readonly name: string;
  readonly args: unknown[];
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const colLetters = (n: number): string => (n <= 0 ? '' : colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** A1 or A1:B3 → a value (single cell) or a 2-D array, row by row; blanks are null. */
function reference(ref: string, sheet: Sheet): unknown {
  const [from, to] = ref.split(':');
  const a = CELL.exec(from!);
  const b = CELL.exec(to ?? from!);
  if (!a || !b) throw new Error(`bad reference ${ref}`);
  if (to === undefined) return sheet[ref] ?? null;
  const rows: unknown[][] = [];
  for (let r = Number(a[2]); r <= Number(b[2]); r++) {
    const row: unknown[] = [];
    for (let c = colNumber(a[1]!); c <= colNumber(b[1]!); c++) row.push(sheet[`${colLetters(c)}${r}`] ?? null);
    rows.push(row);
  }
  return rows;
}

/** Split on commas (or `sep`) at depth 0, outside strings. */
function split(text: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '(' || ch === '{')) depth++;
    else if (!quoted && (ch === ')' || ch === '}')) depth--;
    if (!quoted && depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function scalar(token: string): unknown {
  const t = token.trim();
  if (t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replaceAll('""', '"');
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  if (ERROR_LITERAL.test(t)) return new ExcelErrorValue(t.toUpperCase());
  if (/^-?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?%?$/i.test(t)) return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  throw new Error(`cannot read ${token}`);
}

function argument(token: string, sheet: Sheet): unknown {
  const t = token.trim();
  if (t === '') return null;
  if (t.startsWith('{')) return split(t.slice(1, -1), ';').map((row) => split(row, ',').map(scalar));
  if (/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(t)) return reference(t, sheet);
  return scalar(t);
}

export function parseFormula(formula: string, sheet: Sheet = {}): ParsedFormula {
  const m = /^=PERF\.([^(]+)\((.*)\)$/s.exec(formula.trim());
  if (!m) throw new Error(`not a PERF formula: ${formula}`);
  const body = m[2]!.trim();
  return { name: m[1]!, args: body === '' ? [] : split(body, ',').map((t) => argument(t, sheet)) };
}
