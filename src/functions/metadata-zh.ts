/**
 * Excel's Chinese function metadata (functions.zh-CN.json), made from the functions.json that
 * CustomFunctionsMetadataPlugin generated from excel.ts's JSDoc and the registry's Chinese texts.
 * The build fails on any problem listed here, so the two sources cannot drift apart.
 */
import type { FunctionDef } from './define';
import { functionDefinitions } from './registry';

export interface MetadataParam {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParam[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/**
 * JSDoc names that are reserved words in JavaScript get a trailing underscore in excel.ts
 * (`public_`); users see the plain name.
 */
export const metadataParamName = (name: string): string => name.replace(/_$/, '');

/**
 * The English metadata with reserved-word parameter names restored, and error values let in: with
 * allowErrorForDataTypeAny Excel calls the function with a #N/A cell's error instead of propagating
 * it, so the message can name the argument (the JSDoc plugin cannot set this top-level flag).
 */
export function cleanMetadata(en: FunctionsMetadata): FunctionsMetadata {
  return {
    ...en,
    allowErrorForDataTypeAny: true,
    functions: en.functions.map((f) => ({ ...f, parameters: f.parameters.map((p) => ({ ...p, name: metadataParamName(p.name) })) })),
  };
}

// Excel's naming rules (custom-functions-naming): a name starts with a letter, has at least three
// characters, and holds only letters (any script), digits, underscores and periods.
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
// Excel's limits on the function wizard's texts (custom functions metadata schema).
const MAX_PARAM_NAME = 64;
const MAX_PARAM_HELP = 128;

/** A function's names and help texts in one language, checked against Excel's rules. */
function ruleProblems(id: string, name: string, params: readonly { name: string; help: string }[]): string[] {
  const problems: string[] = [];
  if (!FUNCTION_NAME.test(name)) problems.push(`${id}: the name "${name}" breaks Excel's rules (a letter first, at least 3 letters, digits, _ or .)`);
  for (const p of params) {
    if (p.name.length > MAX_PARAM_NAME) problems.push(`${id}.${p.name}: a parameter name is at most ${MAX_PARAM_NAME} characters`);
    if (p.help.length > MAX_PARAM_HELP) problems.push(`${id}.${p.name}: help of ${p.help.length} characters, at most ${MAX_PARAM_HELP}`);
  }
  return problems;
}

/** Every way the JSDoc metadata and the registry disagree, a Chinese text is missing, or a name breaks Excel's rules. */
export function metadataProblems(en: FunctionsMetadata, defs: readonly FunctionDef[]): string[] {
  const problems: string[] = [];
  for (const d of defs) {
    problems.push(...ruleProblems(d.id, d.id, d.params.map((p) => ({ name: p.name, help: p.help.en }))));
    problems.push(...ruleProblems(d.id, d.zhName, d.params.map((p) => ({ name: p.zhName, help: p.help.zh }))));
  }
  const ids = new Set(en.functions.map((f) => f.id));
  for (const d of defs) if (!ids.has(d.id)) problems.push(`${d.id}: in the registry but has no @customfunction in excel.ts`);
  for (const f of en.functions) {
    const d = defs.find((x) => x.id === f.id);
    if (d === undefined) {
      problems.push(`${f.id}: has @customfunction in excel.ts but is not in the registry`);
      continue;
    }
    if (d.zhName.trim() === '' || d.description.zh.trim() === '') problems.push(`${f.id}: no Chinese name or description`);
    if (f.description !== d.description.en) problems.push(`${f.id}: the JSDoc description differs from the registry's English one`);
    const jsdoc = f.parameters.map((p) => metadataParamName(p.name)).join(', ');
    const registry = d.params.map((p) => p.name).join(', ');
    if (jsdoc !== registry) problems.push(`${f.id}: parameters differ — excel.ts (${jsdoc}) vs registry (${registry})`);
    f.parameters.forEach((p, i) => {
      const q = d.params[i];
      if (q === undefined) return;
      if ((p.optional === true) !== (q.optional === true)) problems.push(`${f.id}.${q.name}: optional in one source only`);
      if ((p.dimensionality === 'matrix') !== (q.range === true)) problems.push(`${f.id}.${q.name}: a range in one source only`);
      if (p.description !== q.help.en) problems.push(`${f.id}.${q.name}: the JSDoc help differs from the registry's English one`);
    });
    for (const q of d.params) if (q.zhName.trim() === '' || q.help.zh.trim() === '') problems.push(`${f.id}.${q.name}: no Chinese name or help`);
  }
  return problems;
}

/** The zh-CN metadata: same ids, types and order; Chinese names and help. */
export function localizeMetadata(en: FunctionsMetadata, defs: readonly FunctionDef[]): FunctionsMetadata {
  return {
    ...en,
    functions: en.functions.map((f) => {
      const d = defs.find((x) => x.id === f.id);
      if (d === undefined) return f;
      return {
        ...f,
        name: d.zhName,
        description: d.description.zh,
        parameters: f.parameters.map((p, i) => {
          const q = d.params[i];
          return q === undefined ? p : { ...p, name: q.zhName, description: q.help.zh };
        }),
      };
    }),
  };
}

/** What the build emits: the cleaned English metadata, the Chinese one, and the problems that fail it. */
export function buildLocalizedMetadata(raw: FunctionsMetadata, defs: readonly FunctionDef[] = functionDefinitions): { en: FunctionsMetadata; zh: FunctionsMetadata; problems: string[] } {
  const en = cleanMetadata(raw);
  return { en, zh: localizeMetadata(en, defs), problems: metadataProblems(en, defs) };
}
