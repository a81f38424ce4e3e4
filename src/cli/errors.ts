/**
 * The CLI's section of the message catalogue (usage, files, formulas): each kind with its one-line text in
 * Chinese and English and its typed parameters. A CliError is the user's to fix: exit 1. Anything else that
 * escapes is a crash: exit 3.
 */
import type { Issue } from '../engine/core/issue';
import type { Text } from '../engine/core/text';
import { msg, type Catalogue, type ParamsOf } from '../engine/messages';
import { SCHEME_KINDS } from '../engine/presets';

/** Why a file could not be read or written, by the system's error code; the one-line text says it in words. */
const READ_REASONS: Readonly<Record<string, Text>> = {
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  EBUSY: { zh: '文件正被其他程序占用', en: 'the file is in use' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
};
const WRITE_REASONS: Readonly<Record<string, Text>> = {
  ENOENT: { zh: '文件夹不存在', en: 'the folder does not exist' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
  EEXIST: { zh: '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
  EROFS: { zh: '磁盘只读', en: 'the file system is read-only' },
  EBUSY: { zh: '文件正被其他程序占用（是否在 Excel 中打开？）', en: 'the file is in use (open in Excel?)' },
  ENOSPC: { zh: '磁盘空间不足，原有文件未改动', en: 'no space left on the disk; any existing file is unchanged' },
  EDQUOT: { zh: '超出磁盘配额，原有文件未改动', en: 'disk quota exceeded; any existing file is unchanged' },
  EFBIG: { zh: '文件超出系统允许的大小', en: 'the file is larger than the system allows' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
};

/** The system error codes a read or write failure is the user's to fix for (anything else is a crash). */
export const isReadReason = (errno: string | undefined): errno is string => errno !== undefined && errno in READ_REASONS;
export const isWriteReason = (errno: string | undefined): errno is string => errno !== undefined && errno in WRITE_REASONS;

const reason = (table: Readonly<Record<string, Text>>, errno: string): Text => table[errno] ?? { zh: errno, en: errno };

const SCHEMES = SCHEME_KINDS.join('、');
const COMMANDS = 'demo、rank、validate、template、merge、samples、notice、eval';

// Every kind has its text here, so a kind without text does not compile (the arethetypeswrong habit).
export const cliMessages = {
  'usage.no-command': msg('error', () => `缺少命令，可用：${COMMANDS}（perf --help 查看用法）`, () => 'missing command; one of demo, rank, validate, template, merge, samples, notice, eval (see perf --help)'),
  'usage.unknown-command': msg<{ command: string }>('error', (p) => `未知命令“${p.command}”，可用：${COMMANDS}`, (p) => `unknown command "${p.command}"; one of demo, rank, validate, template, merge, samples, notice, eval`),
  'usage.bad-option': msg<{ detail: string }>('error', (p) => `参数有误：${p.detail}`, (p) => `bad arguments: ${p.detail}`),
  'usage.unknown-option': msg<{ option: string }>('error', (p) => `未知选项 ${p.option}（perf --help 查看用法）`, (p) => `unknown option ${p.option} (see perf --help)`),
  'usage.option-value': msg<{ option: string }>('error', (p) => `选项 ${p.option} 的值有误（是否缺少值，或不该带值？）`, (p) => `option ${p.option} has a bad value (missing, or given to a flag)`),
  'usage.missing-argument': msg<{ what: string; whatEn: string }>('error', (p) => `缺少${p.what}`, (p) => `missing ${p.whatEn}`),
  'usage.extra-argument': msg<{ arg: string }>('error', (p) => `多余的参数“${p.arg}”`, (p) => `unexpected argument "${p.arg}"`),
  'usage.bad-scheme': msg<{ scheme: string }>('error', (p) => `未知方案“${p.scheme}”，可用：${SCHEMES}`, (p) => `unknown scheme "${p.scheme}"; one of ${SCHEME_KINDS.join(', ')}`),
  'usage.bad-date': msg<{ value: string }>('error', (p) => `日期“${p.value}”无效，请写作 2027-01-15 或 2027年1月15日`, (p) => `the date "${p.value}" is not valid; write it as 2027-01-15`),
  'usage.bad-template': msg<{ kind: string; kinds: string }>('error', (p) => `未知模板“${p.kind}”，可用：${p.kinds}`, (p) => `unknown template "${p.kind}"; one of ${p.kinds}`),
  'file.same-as-input': msg<{ file: string }>('error', (p) => `输出文件“${p.file}”就是输入文件，不会覆盖原文件，请换一个 --out`, (p) => `the output ${p.file} is the input file; it is never overwritten, choose another --out`),
  'file.exists': msg<{ file: string }>(
    'error',
    (p) => `输出文件“${p.file}”已存在且不是 perf 写出的，未覆盖；加 --force 覆盖，或换一个 --out`,
    (p) => `the output ${p.file} already exists and was not written by perf; left untouched (add --force to overwrite, or choose another --out)`,
  ),
  'file.is-folder': msg<{ file: string }>('error', (p) => `“${p.file}”是一个文件夹，不是文件`, (p) => `"${p.file}" is a folder, not a file`),
  'file.cannot-read': msg<{ file: string; errno: string }>('error', (p) => `无法读取“${p.file}”：${reason(READ_REASONS, p.errno).zh}`, (p) => `cannot read ${p.file}: ${reason(READ_REASONS, p.errno).en}`),
  'file.not-xlsx': msg<{ file: string }>('error', (p) => `输出文件“${p.file}”须以 .xlsx 结尾`, (p) => `the output ${p.file} must end in .xlsx`),
  'file.cannot-write': msg<{ file: string; errno: string }>('error', (p) => `无法写入“${p.file}”：${reason(WRITE_REASONS, p.errno).zh}`, (p) => `cannot write ${p.file}: ${reason(WRITE_REASONS, p.errno).en}`),
  'formula.syntax': msg<{ formula: string; pos: number; what: string; whatEn: string }>('error', (p) => `公式第 ${p.pos} 个字符处有误：${p.what}`, (p) => `formula error at character ${p.pos}: ${p.whatEn}`),
  'install.missing-module': msg<{ module: string }>(
    'error',
    (p) => `缺少运行所需的模块“${p.module}”，请在 perf 所在的文件夹运行 npm install`,
    (p) => `the module "${p.module}" perf needs is not installed: run npm install where perf is installed`,
  ),
  'formula.unknown-function': msg<{ name: string; known: string }>('error', (p) => `没有名为 ${p.name} 的函数，可用：${p.known}`, (p) => `no function named ${p.name}; available: ${p.known}`),
} satisfies Catalogue;

/** The package an import failed to find (an install made without a runtime dependency), if that is what `e` is. */
export function missingPackage(e: unknown): string | undefined {
  if ((e as { code?: unknown } | null)?.code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  return /Cannot find package '([^']+)'/.exec(String((e as Error).message))?.[1];
}

export type CliErrorKind = keyof typeof cliMessages;
type CliParams<K extends CliErrorKind> = ParamsOf<(typeof cliMessages)[K]>;

export class CliError<K extends CliErrorKind = CliErrorKind> extends Error {
  readonly zh: string;
  readonly en: string;
  readonly params: CliParams<K>;
  constructor(
    readonly kind: K,
    ...[params]: {} extends CliParams<K> ? [params?: CliParams<K>] : [params: CliParams<K>]
  ) {
    const p = (params ?? {}) as CliParams<K>;
    const def = cliMessages[kind] as { zh: (p: CliParams<K>) => string; en: (p: CliParams<K>) => string };
    const zh = def.zh(p);
    const en = def.en(p);
    super(`${zh} / ${en}`);
    this.name = 'CliError';
    this.zh = zh;
    this.en = en;
    this.params = p;
  }

  /** The error as an issue (a file problem in `validate` and `rank --json`). */
  toIssue(): Issue {
    return { code: this.kind, severity: 'error', message: { zh: this.zh, en: this.en }, params: { ...this.params } };
  }
}

export { EXIT } from './exit';
