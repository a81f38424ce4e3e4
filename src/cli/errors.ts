/**
 * The CLI's own problems (usage, files, formulas), each with its one-line text in Chinese and English.
 * A CliError is the user's to fix: exit 1. Anything else that escapes is a crash: exit 3.
 */

type Params = Readonly<Record<string, string | number>>;
type Texts = { readonly zh: (p: Params) => string; readonly en: (p: Params) => string };

const v = (p: Params, k: string): string => String(p[k] ?? '?');

// Every kind has its text here, so a kind without text does not compile (the arethetypeswrong habit).
export const cliMessages = {
  'usage.no-command': { zh: () => '缺少命令，可用：demo、rank、validate、template、eval（perf --help 查看用法）', en: () => 'missing command; one of demo, rank, validate, template, eval (see perf --help)' },
  'usage.unknown-command': { zh: (p) => `未知命令“${v(p, 'command')}”，可用：demo、rank、validate、template、eval`, en: (p) => `unknown command "${v(p, 'command')}"; one of demo, rank, validate, template, eval` },
  'usage.bad-option': { zh: (p) => `参数有误：${v(p, 'detail')}`, en: (p) => `bad arguments: ${v(p, 'detail')}` },
  'usage.unknown-option': { zh: (p) => `未知选项 ${v(p, 'option')}（perf --help 查看用法）`, en: (p) => `unknown option ${v(p, 'option')} (see perf --help)` },
  'usage.option-value': { zh: (p) => `选项 ${v(p, 'option')} 的值有误（是否缺少值，或不该带值？）`, en: (p) => `option ${v(p, 'option')} has a bad value (missing, or given to a flag)` },
  'usage.missing-argument': { zh: (p) => `缺少${v(p, 'what')}`, en: (p) => `missing ${v(p, 'whatEn')}` },
  'usage.extra-argument': { zh: (p) => `多余的参数“${v(p, 'arg')}”`, en: (p) => `unexpected argument "${v(p, 'arg')}"` },
  'usage.bad-scheme': { zh: (p) => `未知方案“${v(p, 'scheme')}”，可用：county、engineer、staff、fiscal`, en: (p) => `unknown scheme "${v(p, 'scheme')}"; one of county, engineer, staff, fiscal` },
  'usage.bad-template': { zh: (p) => `未知模板“${v(p, 'kind')}”，可用：${v(p, 'kinds')}`, en: (p) => `unknown template "${v(p, 'kind')}"; one of ${v(p, 'kinds')}` },
  'file.same-as-input': { zh: (p) => `输出文件“${v(p, 'file')}”就是输入文件，不会覆盖原文件，请换一个 --out`, en: (p) => `the output ${v(p, 'file')} is the input file; it is never overwritten, choose another --out` },
  'file.exists': { zh: (p) => `输出文件“${v(p, 'file')}”已存在且不是 perf 写出的，未覆盖；加 --force 覆盖，或换一个 --out`, en: (p) => `the output ${v(p, 'file')} already exists and was not written by perf; left untouched (add --force to overwrite, or choose another --out)` },
  'file.is-folder': { zh: (p) => `“${v(p, 'file')}”是一个文件夹，不是文件`, en: (p) => `"${v(p, 'file')}" is a folder, not a file` },
  'file.cannot-read': { zh: (p) => `无法读取“${v(p, 'file')}”：${v(p, 'detail')}`, en: (p) => `cannot read ${v(p, 'file')}: ${v(p, 'detailEn')}` },
  'file.not-xlsx': { zh: (p) => `输出文件“${v(p, 'file')}”须以 .xlsx 结尾`, en: (p) => `the output ${v(p, 'file')} must end in .xlsx` },
  'file.cannot-write': { zh: (p) => `无法写入“${v(p, 'file')}”：${v(p, 'detail')}`, en: (p) => `cannot write ${v(p, 'file')}: ${v(p, 'detailEn')}` },
  'formula.syntax': { zh: (p) => `公式第 ${v(p, 'pos')} 个字符处有误：${v(p, 'what')}`, en: (p) => `formula error at character ${v(p, 'pos')}: ${v(p, 'whatEn')}` },
  'formula.unknown-function': { zh: (p) => `没有名为 ${v(p, 'name')} 的函数，可用：${v(p, 'known')}`, en: (p) => `no function named ${v(p, 'name')}; available: ${v(p, 'known')}` },
  'formula.error': { zh: (p) => `${v(p, 'name')} 返回错误 ${v(p, 'value')}：${v(p, 'detail')}`, en: (p) => `${v(p, 'name')} returned ${v(p, 'value')}: ${v(p, 'detailEn')}` },
} satisfies Record<string, Texts>;

export type CliErrorKind = keyof typeof cliMessages;

export class CliError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly kind: CliErrorKind,
    readonly params: Params = {},
  ) {
    const t: Texts = cliMessages[kind];
    const zh = t.zh(params);
    const en = t.en(params);
    super(`${zh} / ${en}`);
    this.name = 'CliError';
    this.zh = zh;
    this.en = en;
  }
}

/** Exit codes (the arethetypeswrong convention): 0 clean, 1 problems found or the user's error, 3 crash. */
export const EXIT = { ok: 0, problems: 1, crash: 3 } as const;
