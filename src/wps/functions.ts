/**
 * The PERF functions in WPS 表格: every definition of the registry (the one Excel's functions.json is made from)
 * registered with wps.AddCustomFunction under its English name and its Chinese one, Chinese help, synchronous (WPS
 * calls add-in functions synchronously only). WPS hands arguments its own way: an omitted one as -2147352572
 * (DISP_E_PARAMNOTFOUND) or undefined, a range as a 2-D array or a Range object; both are read as Excel passes them,
 * so the registry and its messages are the same. A failure throws WpsFunctionError with Excel's code and message.
 * Functions need WPS 12.1.0.20540 or later: an older WPS has no AddCustomFunction, and nothing is registered.
 */
import type { FunctionDef, ParamDef } from '../functions/define';
import { failureOf, type FunctionFailure } from '../functions/failure';
import { functionDefinitions } from '../functions/registry';
import { ERROR_BY_CODE, errorText } from '../host/wps/cells';
import type { EtApp, EtRange } from '../host/wps/et';
import type { WpsFunctionMetadata, WpsRoot } from '../host/wps/globals';
import { readRect, usedValues } from '../host/wps/read';
import { intersect } from '../host/range';
import { saveFunctionsStatus, type FunctionsStatus } from './functions-status';

export const NAMESPACE = 'PERF';
/** The first WPS with add-in custom functions. */
export const MIN_FUNCTIONS_VERSION = [12, 1, 0, 20540] as const;
/** What WPS passes for an argument left out (DISP_E_PARAMNOTFOUND). */
export const PARAM_NOT_FOUND = -2147352572;

/** Thrown by a PERF function in WPS: `name` is the Excel error ("#VALUE!"), `message` Excel's "中文 / English" text. */
export class WpsFunctionError extends Error {
  readonly code: FunctionFailure['code'];
  constructor(f: FunctionFailure) {
    super(f.message);
    this.name = f.code; // shown as "#VALUE!: 中文 / English" wherever WPS prints the exception
    this.code = f.code;
  }
}

const isRange = (v: unknown): v is EtRange =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'Value2' in v && typeof (v as { Address?: unknown }).Address === 'function';

/** A Range argument's values, cut to the sheet's used range (a whole column is not a million blanks). */
function rangeValues(r: EtRange): unknown[][] {
  const ws = r.Worksheet;
  const rect = { top: r.Row, left: r.Column, bottom: r.Row + r.Rows.Count - 1, right: r.Column + r.Columns.Count - 1 };
  const used = usedValues(ws).rect;
  const part = used && intersect(rect, used);
  // read.ts has confirmed each error cell by its Text: its "#N/A" is an error, not typed text
  return part ? readRect(ws, part).map((row) => row.map((v) => (errorText(v) !== undefined ? { code: errorText(v) } : v))) : [[null]];
}

/** An error code number (how an error cell's value may arrive) → the error shape the registry names ({ code }). */
const errorArg = (v: unknown): unknown => (typeof v === 'number' && ERROR_BY_CODE.has(v) ? { code: ERROR_BY_CODE.get(v) } : v);

/** One WPS argument → as Excel passes it: omitted → null, Range → 2-D values, an error → { code }. */
export function excelArg(p: ParamDef | undefined, v: unknown): unknown {
  if (v === PARAM_NOT_FOUND || v === undefined) return null;
  if (isRange(v)) {
    const values = rangeValues(v);
    return p?.range || values.length !== 1 || values[0]!.length !== 1 ? values : values[0]![0];
  }
  if (Array.isArray(v)) return v.map((row: unknown) => (Array.isArray(row) ? row.map(errorArg) : errorArg(row)));
  return errorArg(v);
}

/** The function WPS calls for `def`: synchronous, Excel's answer or Excel's error. */
export function wpsFunction(def: FunctionDef): (...args: unknown[]) => unknown {
  return function perf(...args: unknown[]): unknown {
    let raw = args;
    while (raw.length > 0 && (raw[raw.length - 1] === PARAM_NOT_FOUND || raw[raw.length - 1] === undefined)) raw = raw.slice(0, -1);
    try {
      return def.call(raw.map((v, i) => excelArg(def.params[i], v)));
    } catch (e) {
      throw new WpsFunctionError(failureOf(e));
    }
  };
}

/** WPS parameter types: "any" keeps blanks and "40%" as typed; "any[][]" brings a range as rows; "?" optional. */
const typeOf = (p: ParamDef): string => `${p.range ? 'any[][]' : 'any'}${p.optional ? '?' : ''}`;

export function metadataOf(def: FunctionDef): WpsFunctionMetadata {
  return {
    description: def.description.zh,
    result: { type: 'any' },
    parameters: def.params.map((p) => ({ name: p.zhName, description: p.help.zh, type: typeOf(p) })),
  };
}

/** "12.1.0.20540" (from Build, or Version when it has four parts) → numbers; undefined when unreadable. */
export function wpsVersion(app: Pick<EtApp, 'Build' | 'Version'> | undefined): number[] | undefined {
  for (const v of [app?.Build, app?.Version]) {
    if (typeof v !== 'string') continue;
    const parts = v.trim().split('.');
    if (parts.length === 4 && parts.every((x) => /^\d+$/.test(x))) return parts.map(Number);
  }
  return undefined;
}

const older = (v: readonly number[], than: readonly number[]): boolean => {
  for (let i = 0; i < than.length; i++) if ((v[i] ?? 0) !== than[i]) return (v[i] ?? 0) < than[i]!;
  return false;
};

const MIN_TEXT = MIN_FUNCTIONS_VERSION.join('.');

/**
 * Registers every PERF function (English and Chinese names) and records the outcome for the pane. Never throws: a
 * WPS without functions keeps its ribbon; the status says why the functions are missing.
 */
export function registerFunctions(root: WpsRoot, app: EtApp | undefined): FunctionsStatus {
  const version = wpsVersion(app);
  const versionText = version?.join('.');
  const unavailable = (zh: string, en: string): FunctionsStatus => ({ available: false, reason: { zh, en }, registered: [], ...(versionText ? { version: versionText } : {}) });
  let status: FunctionsStatus;
  if (typeof root.AddCustomFunction !== 'function' || (version && older(version, MIN_FUNCTIONS_VERSION))) {
    status = unavailable(
      `PERF 函数需要 WPS ${MIN_TEXT} 或更高版本${versionText ? `（当前 ${versionText}）` : ''}；排名定档、校验报送、插入模板和任务窗格照常可用。`,
      `PERF functions need WPS ${MIN_TEXT} or later${versionText ? ` (this is ${versionText})` : ''}; the ribbon commands and the task pane work as usual.`,
    );
  } else {
    const registered: string[] = [];
    const failed: string[] = [];
    for (const def of functionDefinitions) {
      const fn = wpsFunction(def);
      const meta = metadataOf(def);
      for (const name of [def.id, def.zhName]) {
        try {
          root.AddCustomFunction(NAMESPACE, name, fn, meta);
          registered.push(`${NAMESPACE}.${name}`);
        } catch (e) {
          failed.push(`${NAMESPACE}.${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    status = failed.length === 0
      ? { available: true, registered, ...(versionText ? { version: versionText } : {}) }
      : { ...unavailable(`部分 PERF 函数未能注册：${failed.join('；')}`, `Some PERF functions could not be registered: ${failed.join('; ')}`), available: registered.length > 0, registered };
  }
  saveFunctionsStatus(root, status);
  return status;
}
