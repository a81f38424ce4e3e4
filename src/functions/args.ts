import { argIssue, isBlank, makeIssue, PerfInputError, type ArgProblem, type CellValue, type Result } from '../engine/scoring';
import type { ParamDef } from './define';

/**
 * A function's arguments, read by name. How Excel passes them (learned from the Office docs and
 * office-js issues #4702, #5262): an omitted optional argument is null (undefined when trailing in
 * some runtimes); a blank cell is null on Excel on the web and current desktop builds, but older
 * desktop builds pass 0 — indistinguishable from a typed 0 in a synchronous function. Parameters
 * are typed `any` in the metadata, because a `number` parameter would have Excel turn a blank into 0
 * and "40%" into #VALUE! before we see it. Ranges arrive as 2-D arrays, row by row. An error value
 * (#N/A in a cell) reaches us as an object because the metadata sets allowErrorForDataTypeAny.
 */
export interface Args<N extends string> {
  /** A required single value; a blank or missing one is an error naming the argument. */
  value(name: N): CellValue;
  /** An optional single value; omitted or blank → undefined (the engine's default applies). */
  optional(name: N): CellValue | undefined;
  /** Every cell of a required range, row by row, blanks as null (the engine decides what a blank means). */
  column(name: N): CellValue[];
  /** Same for an optional range; undefined when omitted. A given range of blanks is passed on, not dropped. */
  optionalColumn(name: N): CellValue[] | undefined;
}

/** A bad argument: a host-free error whose text (Chinese / English) names the argument by both its names. */
export function argumentError(p: Pick<ParamDef, 'name' | 'zhName'>, problem: ArgProblem): PerfInputError {
  return new PerfInputError([argIssue({ zh: p.zhName, en: p.name }, problem, { field: p.name })]);
}

/** The engine's answer, or an error carrying the engine's issues (errors only; warnings cannot show in a cell). */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  const errors = r.issues.filter((i) => i.severity === 'error');
  throw new PerfInputError(errors.length > 0 ? errors : r.issues);
}

/**
 * The code of an Excel error value passed in (functions.json sets allowErrorForDataTypeAny, so Excel
 * calls us instead of propagating the error): a CustomFunctions.Error-like `{ code: "#N/A" }` or an
 * error cell value `{ type: "Error", basicValue: "#N/A" }`; undefined for anything else.
 */
function errorCodeOf(v: object): string | undefined {
  const e = v as { code?: unknown; type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (typeof e.code === 'string' && e.code.startsWith('#')) return e.code;
  if (e.type !== 'Error') return undefined;
  if (typeof e.basicValue === 'string') return e.basicValue;
  const type = String(e.errorType ?? 'Error');
  return ERROR_TYPES[type] ?? `#${type.toUpperCase()}!`;
}

// Excel.ErrorCellValueType names of the classic errors, for an error cell value without its text.
const ERROR_TYPES: Readonly<Record<string, string>> = {
  NotAvailable: '#N/A',
  Div0: '#DIV/0!',
  Value: '#VALUE!',
  Ref: '#REF!',
  Name: '#NAME?',
  Num: '#NUM!',
  Null: '#NULL!',
};

/** One Excel-shaped value → a CellValue; Excel errors, arrays and objects (entities) are refused. */
function cellOf(p: ParamDef, v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  const code = typeof v === 'object' && !(v instanceof Date) ? errorCodeOf(v) : undefined;
  if (code !== undefined) throw argumentError(p, { kind: 'excel-error', value: code });
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return v;
    throw argumentError(p, { kind: 'not-number', value: String(v) });
  }
  if (typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  throw argumentError(p, { kind: 'unsupported' });
}

/** A scalar parameter given a range: a 1×1 range is its one cell; anything larger is an error. */
function scalarOf(p: ParamDef, v: unknown): CellValue {
  if (!Array.isArray(v)) return cellOf(p, v);
  const cells = flatten(p, v);
  if (cells.length === 1) return cells[0]!;
  throw argumentError(p, { kind: 'not-single', count: cells.length });
}

/** A range parameter: a 2-D array (Excel), a 1-D array (perf eval) or a single value. */
function flatten(p: ParamDef, v: unknown): CellValue[] {
  if (!Array.isArray(v)) return [cellOf(p, v)];
  const out: CellValue[] = [];
  for (const row of v as unknown[]) {
    if (Array.isArray(row)) for (const c of row as unknown[]) out.push(cellOf(p, c));
    else out.push(cellOf(p, row));
  }
  return out;
}

const blankError = (p: ParamDef): PerfInputError => argumentError(p, { kind: 'blank' });

/** Each parameter list's names → positions, worked out once per function (a column of formulas calls it per row). */
const positions = new WeakMap<readonly ParamDef[], ReadonlyMap<string, number>>();

/** One call's arguments, read by name: methods on the prototype, so a call allocates nothing but this object. */
class CallArgs<N extends string> implements Args<N> {
  constructor(
    private readonly fnId: string,
    private readonly params: readonly ParamDef[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly raw: readonly unknown[],
  ) {}
  private at(name: N): number {
    const i = this.index.get(name);
    if (i === undefined) throw new Error(`PERF.${this.fnId}: no parameter named ${name}`);
    return i;
  }
  value(name: N): CellValue {
    const i = this.at(name);
    const c = scalarOf(this.params[i]!, this.raw[i]);
    if (isBlank(c)) throw blankError(this.params[i]!);
    return c;
  }
  optional(name: N): CellValue | undefined {
    const i = this.at(name);
    const c = scalarOf(this.params[i]!, this.raw[i]);
    return isBlank(c) ? undefined : c;
  }
  column(name: N): CellValue[] {
    const cells = this.optionalColumn(name);
    if (cells === undefined || cells.every((c) => c === null)) throw blankError(this.params[this.at(name)]!);
    return cells;
  }
  optionalColumn(name: N): CellValue[] | undefined {
    const i = this.at(name);
    const v = this.raw[i];
    if (v === null || v === undefined) return undefined;
    // In place: the array is this call's own, and a 10,000-row range is read per recalculation.
    const cells = flatten(this.params[i]!, v);
    for (let k = 0; k < cells.length; k++) if (cells[k] !== null && isBlank(cells[k]!)) cells[k] = null;
    return cells;
  }
}

/** Bind a function's raw arguments to its parameters. */
export function readArgs<N extends string>(fnId: string, params: readonly ParamDef[], raw: readonly unknown[]): Args<N> {
  if (raw.length > params.length) {
    throw new PerfInputError([makeIssue('arg.too-many', { fn: fnId, max: params.length, count: raw.length }, { field: `#${params.length + 1}` })]);
  }
  let index = positions.get(params);
  if (index === undefined) positions.set(params, (index = new Map(params.map((p, i) => [p.name, i]))));
  return new CallArgs<N>(fnId, params, index, raw);
}
