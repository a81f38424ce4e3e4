/**
 * Parses one PERF.* call with literal arguments, as typed into a cell:
 * =PERF.ENGINEER(2,1,103,100,1), strings "…" ("" escapes a quote), TRUE/FALSE,
 * arrays {1,2;3,4} (comma = next column, semicolon = next row), omitted arguments (1,,3).
 * No nested calls and no references: `perf eval` has no workbook to look them up in.
 */
import { CliError } from './errors';

export type Literal = number | string | boolean | null;
export type Argument = Literal | Literal[][];

export interface ParsedCall {
  /** The name as typed, upper-cased, without the leading "=": "PERF.ENGINEER". */
  readonly name: string;
  /** One entry per written argument; an omitted one is null. */
  readonly args: Argument[];
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  skipSpace(): void {
    while (/\s/.test(this.peek())) this.pos++;
  }
  fail(what: string, whatEn: string): never {
    throw new CliError('formula.syntax', { formula: this.text, pos: this.pos + 1, what, whatEn });
  }
  expect(ch: string): void {
    this.skipSpace();
    if (this.peek() !== ch) this.fail(`此处应为“${ch}”`, `expected "${ch}"`);
    this.pos++;
  }
}

// Full-width punctuation typed with a Chinese input method means the same as its ASCII twin.
const FULL_WIDTH: Readonly<Record<string, string>> = { '（': '(', '）': ')', '，': ',', '；': ';', '“': '"', '”': '"', '＝': '=' };

function normalise(text: string): string {
  return text.replace(/[（），；“”＝]/g, (c) => FULL_WIDTH[c] ?? c).trim();
}

export function parseFormula(input: string): ParsedCall {
  const c = new Cursor(normalise(input));
  c.skipSpace();
  if (c.peek() === '=') c.pos++;
  c.skipSpace();
  const m = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(c.text.slice(c.pos));
  if (!m) return c.fail('此处应为函数名', 'expected a function name');
  const name = m[0].toUpperCase();
  c.pos += m[0].length;
  c.expect('(');
  const args: Argument[] = [];
  c.skipSpace();
  if (c.peek() === ')') {
    c.pos++;
  } else {
    for (;;) {
      args.push(parseArgument(c));
      c.skipSpace();
      const ch = c.peek();
      c.pos++;
      if (ch === ')') break;
      if (ch !== ',') {
        c.pos--;
        c.fail('此处应为“,”或“)”', 'expected "," or ")"');
      }
    }
  }
  c.skipSpace();
  if (!c.done) c.fail('公式结尾有多余内容', 'unexpected text after the closing ")"');
  return { name, args };
}

function parseArgument(c: Cursor): Argument {
  c.skipSpace();
  const ch = c.peek();
  if (ch === ',' || ch === ')') return null; // omitted argument
  if (ch === '{') return parseArray(c);
  return parseLiteral(c);
}

function parseArray(c: Cursor): Literal[][] {
  c.expect('{');
  const rows: Literal[][] = [[]];
  for (;;) {
    c.skipSpace();
    const v = c.peek() === ',' || c.peek() === ';' || c.peek() === '}' ? null : parseLiteral(c);
    rows[rows.length - 1]!.push(v);
    c.skipSpace();
    const sep = c.peek();
    c.pos++;
    if (sep === '}') break;
    if (sep === ';') rows.push([]);
    else if (sep !== ',') {
      c.pos--;
      c.fail('数组中此处应为“,”“;”或“}”', 'expected ",", ";" or "}" in the array');
    }
  }
  const width = rows[0]!.length;
  if (rows.some((r) => r.length !== width)) c.fail('数组各行的列数不同', 'array rows have different lengths');
  return rows;
}

function parseLiteral(c: Cursor): Literal {
  c.skipSpace();
  const rest = c.text.slice(c.pos);
  if (c.peek() === '"') {
    let out = '';
    c.pos++;
    for (;;) {
      if (c.done) c.fail('字符串缺少结尾的引号', 'unterminated string');
      const ch = c.peek();
      c.pos++;
      if (ch === '"') {
        if (c.peek() === '"') {
          out += '"';
          c.pos++;
        } else return out;
      } else out += ch;
    }
  }
  const num = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?/.exec(rest);
  if (num) {
    c.pos += num[0].length;
    const pct = num[0].endsWith('%');
    const value = Number(pct ? num[0].slice(0, -1) : num[0]);
    return pct ? value / 100 : value;
  }
  const bool = /^(TRUE|FALSE)\b/i.exec(rest);
  if (bool) {
    c.pos += bool[0].length;
    return bool[0].toUpperCase() === 'TRUE';
  }
  if (/^[\p{L}_]/u.test(rest)) c.fail('只接受数字、字符串、TRUE/FALSE 和数组常量，不接受引用或嵌套函数', 'only numbers, strings, TRUE/FALSE and array constants are accepted, not references or nested calls');
  return c.fail('此处应为一个值', 'expected a value');
}
