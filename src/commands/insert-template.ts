import type { CellValue, Issue } from '../engine';
import type { RangeFormat, Workbook } from '../host/port';
import { rangeOf } from './a1-range';
import { applyPlan } from './apply-plan';
import { inBatch } from './in-batch';
import { commandIssue } from './messages';
import { resolveScheme, schemeOfKind, type SchemeChoice } from './scheme-store';
import { COMMON_HELP, type TemplateContent } from './template-content';
import { TEMPLATE_KINDS, templateContents, type TemplateKind } from './templates';
import type { SheetPlan } from './types';

/** Rows of each drop-down list below the header: room for a county's units and more. */
export const LIST_ROWS = 1000;

/** The sheet the instructions go on, beside the template's own sheets (a free variant when taken). */
export const HELP_SHEET = '说明';

/** A template sheet: title, a line pointing to 说明, the header row, example rows, drop-downs by column range. */
export function templateSheetPlan(c: TemplateContent, name: string, helpSheet = HELP_SHEET): SheetPlan {
  const header = 3;
  const fields = c.spec.fields;
  const formats: { range: string; fmt: RangeFormat }[] = [
    { range: 'A1', fmt: { bold: true } },
    { range: rangeOf(header, 1, 1, fields.length), fmt: { bold: true, fill: '#F2F2F2' } },
    ...fields.map((f, i) => ({ range: rangeOf(header, i + 1, 1, 1), fmt: { columnWidth: Math.max(10, f.label.zh.length * 2 + 4) } })),
  ];
  const lists = fields.flatMap((f, i) => {
    const items = c.lists[f.key];
    return items ? [{ range: rangeOf(header + 1, i + 1, LIST_ROWS, 1), items }] : [];
  });
  // Typed into a text-formatted cell, =100% stays text; in a General cell Excel and WPS make it a formula (issue 8).
  fields.forEach((f, i) => {
    if (c.textInput?.includes(f.key)) formats.push({ range: rangeOf(header + 1, i + 1, LIST_ROWS, 1), fmt: { numberFormat: '@' } });
  });
  const examples: CellValue[][] = c.examples.map((e) => fields.map((f) => e[f.key] ?? null));
  return {
    name,
    blocks: [
      { row: 1, col: 1, values: [[`${c.name.zh}（模板）· ${c.name.en} template`]] },
      { row: 2, col: 1, values: [[`填写说明见工作表“${helpSheet}”；带下拉列表的列请从列表中选择。 / Instructions: see sheet "${helpSheet}"; pick from the drop-down lists where a column has one.`]] },
      { row: header, col: 1, values: [fields.map((f) => f.label.zh), ...examples], textColumns: fields.flatMap((f, i) => (f.type === 'text' || f.type === 'choice' ? [i] : [])) },
    ],
    formats,
    conditional: [],
    lists,
  };
}

/** The 说明 sheet: per template sheet its name and instructions, Chinese with English beside, then the common notes. */
export function helpSheetPlan(contents: readonly TemplateContent[], names: readonly string[], name: string): SheetPlan {
  const rows: CellValue[][] = [['填写说明 · Instructions', null], ['中文', 'English']];
  for (const [i, c] of contents.entries()) {
    rows.push([`【${names[i] ?? c.name.zh}】${c.name.zh}`, `[${names[i] ?? c.name.zh}] ${c.name.en}`]);
    for (const h of c.help) rows.push([`· ${h.zh}`, `· ${h.en}`]);
    const listed = c.spec.fields.filter((f) => c.lists[f.key]).map((f) => f.label);
    if (listed.length > 0) rows.push([`· 下拉列表：${listed.map((l) => l.zh).join('、')}`, `· Drop-down lists: ${listed.map((l) => l.en).join(', ')}`]);
  }
  rows.push(['【通用】', '[General]'], ...COMMON_HELP.map((h) => [`· ${h.zh}`, `· ${h.en}`]));
  return {
    name,
    blocks: [{ row: 1, col: 1, values: rows, textColumns: [0, 1] }],
    formats: [
      { range: 'A1', fmt: { bold: true } },
      { range: 'A2:B2', fmt: { bold: true, fill: '#F2F2F2' } },
      { range: 'A2', fmt: { columnWidth: 80 } },
      { range: 'B2', fmt: { columnWidth: 80 } },
    ],
    conditional: [],
    lists: [],
  };
}

/** `base`, else `base (2)`, `base (3)`, … — the first name no sheet has. */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

export interface TemplateOptions {
  /** Sheet name for a one-sheet template (a free variant is used when it is taken). */
  readonly name?: string;
}

export interface TemplateOutcome {
  readonly kind: TemplateKind;
  /** Sheets added, in order; [] when refused. */
  readonly sheets: readonly string[];
  readonly issues: readonly Issue[];
}

const isTemplateKind = (v: unknown): v is TemplateKind => typeof v === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(v);

/**
 * 插入模板 (`what` defaults to the workbook's scheme kind): adds new sheets with the scheme's headers, an example row, drop-down lists and Chinese
 * instructions. Never touches an existing sheet: a one-sheet template takes a free name; the detailed
 * county workbook needs its exact sheet names, so it is refused (naming them) when one is taken.
 */
export async function insertTemplate(wb: Workbook, what?: TemplateKind | SchemeChoice, opts: TemplateOptions = {}): Promise<TemplateOutcome> {
  return inBatch(wb, async () => {
    const choice = isTemplateKind(what) ? undefined : what;
    const resolved = await resolveScheme(wb, choice, 'county');
    const kind: TemplateKind = isTemplateKind(what) ? what : resolved.ok ? resolved.value.kind : 'county';
    if (!resolved.ok) return { kind, sheets: [], issues: resolved.issues };
    const county = schemeOfKind('county', resolved.value);
    const contents = templateContents(kind, county);
    const taken = await wb.sheetNames();
    let names: string[];
    if (kind === 'county-detail') {
      names = contents.map((c) => c.name.zh);
      const clash = names.filter((n) => taken.some((t) => t.toLowerCase() === n.toLowerCase()));
      if (clash.length > 0) {
        const sheets = clash.map((n) => `“${n}”`).join('、');
        const sheetsEn = clash.map((n) => `"${n}"`).join(', ');
        return { kind, sheets: [], issues: [commandIssue('template.sheet-exists', { sheets, sheetsEn })] };
      }
    } else {
      const used = [...taken];
      names = contents.map((c) => {
        const n = freeName(opts.name ?? `${c.name.zh}模板`, used);
        used.push(n);
        return n;
      });
    }
    const help = freeName(HELP_SHEET, [...taken, ...names]);
    for (const [i, c] of contents.entries()) await applyPlan(wb, templateSheetPlan(c, names[i]!, help));
    await applyPlan(wb, helpSheetPlan(contents, names, help));
    await wb.activateSheet(names[0]!);
    return { kind, sheets: [...names, help], issues: [] };
  }, (issue) => ({ kind: isTemplateKind(what) ? what : 'county', sheets: [], issues: [issue] }));
}
