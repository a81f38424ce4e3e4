import type { Issue } from '../core/issue';
import { roundHalfUp } from '../core/round';
import { countyPreset } from '../county/preset';
import type { CountyScheme } from '../county/scheme';
import { COUNTY_GROUPS, type CountyGroup, type CountyResult, type CountyUnitInput, type Tier } from '../county/types';
import { frame, heading, inLang, listed, periodOf, textRow, type CellFormat, type Notice, type NoticeLang, type NoticeOptions, type NoticeRow } from './notice';
import { countyPartColumns, countyParts } from './parts';

export interface CountyNoticeInput {
  /** The engine's ranking (runCounty / rankAndTierCounty): one result per unit. */
  readonly results: readonly CountyResult[];
  /** The ranking's warnings: ties at the boundary and too few 先进 become notes. */
  readonly warnings?: readonly Issue[] | undefined;
  /** The units as ranked, for the reasons of vetoes and designations (the results carry only the flags). */
  readonly units?: readonly Pick<CountyUnitInput, 'unit' | 'veto' | 'unqualified'>[] | undefined;
  readonly scheme?: CountyScheme | undefined;
}

const TIER_ORDER: readonly Tier[] = ['先进', '合格', '不合格'];
const TIER_EN: Readonly<Record<Tier, string>> = { 先进: 'advanced', 合格: 'qualified', 不合格: 'unqualified' };
/** Ranking warnings that explain the tiers on paper. */
const NOTE_CODES = new Set(['ranking.tie-at-boundary', 'ranking.tie-unbroken', 'ranking.too-few-advanced', 'ranking.tie-breaker-missing']);

const trimmed = (v: string | null | undefined): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The tier cell: 合格（取消评先） for a vetoed unit, 不合格（抄送） for a reported one. */
function tierCell(r: CountyResult, lang: NoticeLang): string {
  const t = inLang(lang);
  const base = lang === 'zh' ? r.tier : TIER_EN[r.tier];
  if (r.vetoed && r.tier !== '不合格') return `${base}${t('（取消评先）', ' (vetoed)')}`;
  if (r.report) return `${base}${t('（抄送）', ' (reported)')}`;
  return base;
}

/** One group's section: its counts and 先进 units in a line, then its table — 先进, 合格, 不合格, each by rank. */
function groupSection(g: CountyGroup, results: readonly CountyResult[], scheme: CountyScheme, n: number, lang: NoticeLang): NoticeRow[] {
  const t = inLang(lang);
  const gs = scheme.groups[g];
  const label = lang === 'zh' ? gs.label.zh : gs.label.en;
  const sorted = [...results].sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || a.rank - b.rank);
  const count = (tier: Tier) => results.filter((r) => r.tier === tier).length;
  const advanced = sorted.filter((r) => r.tier === '先进').map((r) => r.unit);
  const summary = t(
    `先进（${advanced.length} 个）：${advanced.length > 0 ? listed(lang, advanced) : '无'}；合格 ${count('合格')} 个；不合格 ${count('不合格')} 个。`,
    `Advanced (${advanced.length}): ${advanced.length > 0 ? listed(lang, advanced) : 'none'}; qualified ${count('合格')}; unqualified ${count('不合格')}.`,
  );
  const columns = countyPartColumns(gs);
  const formats: CellFormat[] = ['text', 'rank', 'text', 'score', ...columns.map((c) => c.format)];
  const header: NoticeRow = {
    role: 'table-header',
    cells: [t('档次', 'Tier'), t('排名', 'Rank'), t('单位', 'Unit'), t('综合得分', 'Composite'), ...columns.map((c) => (lang === 'zh' ? c.label.zh : c.label.en))],
    formats,
  };
  const precision = scheme.precision;
  const rows: NoticeRow[] = sorted.map((r) => {
    const parts = countyParts(r);
    return {
      role: 'table-row',
      cells: [tierCell(r, lang), r.rank, r.unit, r.rounded, ...columns.map((c) => rounded(parts[c.key], precision))],
      formats,
      group: g,
      tier: r.tier,
    };
  });
  return [heading(lang, n, t(`${label}（${results.length} 个）`, `${label} (${results.length})`)), textRow('paragraph', summary), header, ...rows];
}

const rounded = (v: number | string | null | undefined, precision: number): number | string | null =>
  typeof v === 'number' ? roundHalfUp(v, precision) : (v ?? null);

/** 抄送 (篇4 七 2): the rule as the scheme sets it, and the units it names. */
function reportSection(results: readonly CountyResult[], scheme: CountyScheme, n: number, lang: NoticeLang): NoticeRow[] {
  const t = inLang(lang);
  const groups = COUNTY_GROUPS.filter((g) => scheme.groups[g].report).map((g) => (lang === 'zh' ? scheme.groups[g].label.zh : scheme.groups[g].label.en));
  const { below, lastN } = scheme.report;
  const rule = t(
    `按照考核办法，${listed(lang, groups)}中综合得分低于 ${below} 分且位列本组后 ${lastN} 名的单位，抄送有关部门。`,
    `Under the scheme, units of ${listed(lang, groups)} scoring below ${below} and among their group's last ${lastN} are reported (抄送) to the departments concerned.`,
  );
  const reported = results.filter((r) => r.report).sort((a, b) => COUNTY_GROUPS.indexOf(a.group) - COUNTY_GROUPS.indexOf(b.group) || a.rank - b.rank);
  const names = reported.map((r) => {
    const g = scheme.groups[r.group].label;
    const score = r.rounded.toFixed(scheme.precision);
    return t(`${r.unit}（${g.zh}，${score} 分）`, `${r.unit} (${g.en}, ${score})`);
  });
  const list = names.length > 0 ? t(`抄送单位：${listed(lang, names)}。`, `Reported: ${listed(lang, names)}.`) : t('本次没有需要抄送的单位。', 'No unit is reported this time.');
  return [heading(lang, n, t('抄送', 'Reported (抄送)')), textRow('paragraph', rule), textRow('paragraph', list)];
}

/** 说明: vetoes (取消评先资格) and designations with their reasons, the ranking's notes on ties, and how scores are rounded. */
function notesSection(input: CountyNoticeInput, scheme: CountyScheme, n: number, lang: NoticeLang): NoticeRow[] {
  const t = inLang(lang);
  const reasons = new Map((input.units ?? []).map((u) => [u.unit, u] as const));
  const notes: string[] = [];
  const ordered = [...input.results].sort((a, b) => COUNTY_GROUPS.indexOf(a.group) - COUNTY_GROUPS.indexOf(b.group) || a.rank - b.rank);
  for (const r of ordered) {
    const g = scheme.groups[r.group].label;
    const score = r.rounded.toFixed(scheme.precision);
    if (r.vetoed) {
      const why = trimmed(reasons.get(r.unit)?.veto);
      notes.push(t(
        `${r.unit}（${g.zh}第 ${r.rank} 名，${score} 分）${why ? `因“${why}”` : '有否决事项，'}取消评先资格，先进名额由其后符合条件的单位递补。`,
        `${r.unit} (${g.en}, rank ${r.rank}, ${score}) is barred from advanced${why ? ` (${why})` : ' by a veto'}; the place goes to the next eligible unit.`,
      ));
    }
    if (r.designated) {
      const why = trimmed(reasons.get(r.unit)?.unqualified);
      notes.push(t(`${r.unit}（${g.zh}）${why ? `因“${why}”` : ''}认定为不合格。`, `${r.unit} (${g.en}) is designated unqualified${why ? ` (${why})` : ''}.`));
    }
  }
  for (const w of input.warnings ?? []) if (NOTE_CODES.has(w.code)) notes.push(lang === 'zh' ? `${w.message.zh}。` : `${w.message.en}.`);
  notes.push(t(
    `综合得分及各分项保留 ${scheme.precision} 位小数，排名和档次按保留后的综合得分确定；各分项四舍五入后相加可能与综合得分相差 1 个末位。`,
    `Composites and parts are shown to ${scheme.precision} decimals; ranks and tiers use the composite so rounded, and the rounded parts may differ from it in the last digit.`,
  ));
  return [heading(lang, n, t('说明', 'Notes')), ...notes.map((x) => textRow('note', x))];
}

/**
 * The county 通报 (篇4 七): title, issuing office and date, an opening line, per group the 先进 units then 合格 and
 * 不合格 with their composites and parts (指标评估, 公众评估, 领导评估, 加分 and 减分 after caps), the 抄送 list
 * with its rule, notes on vetoes and ties, and the signature block. Nothing is scored here: every number is the engine's.
 */
export function countyNotice(input: CountyNoticeInput, options: NoticeOptions): Notice {
  const scheme = input.scheme ?? countyPreset;
  const lang = options.lang ?? 'zh';
  const t = inLang(lang);
  const org = options.org ?? t('县绩效办', 'County Performance Office');
  const period = periodOf(options);
  const title = options.title ?? t(`${options.area ?? ''}${period}绩效考核结果通报`, `${options.area ? `${options.area} ` : ''}Performance assessment results, ${period}`);
  const present = COUNTY_GROUPS.filter((g) => input.results.some((r) => r.group === g));
  const counts = present.map((g) => {
    const size = input.results.filter((r) => r.group === g).length;
    return t(`${scheme.groups[g].label.zh} ${size} 个`, `${scheme.groups[g].label.en}: ${size}`);
  });
  const opening = t(
    `根据绩效管理实施方案，${org}对 ${input.results.length} 个乡镇、部门和单位（${listed(lang, counts)}）进行了${period}绩效考核，考核包括指标评估、公众评估、领导评估和加减分。现将考核结果通报如下：`,
    `Under the performance management scheme, ${org} assessed ${input.results.length} units (${listed(lang, counts)}) for ${period} on indicators, public and leader evaluation, and bonus and deduction points. The results are as follows.`,
  );
  const body: NoticeRow[] = [textRow('paragraph', opening)];
  let n = 0;
  for (const g of present) body.push(...groupSection(g, input.results.filter((r) => r.group === g), scheme, ++n, lang));
  if (present.some((g) => scheme.groups[g].report)) body.push(...reportSection(input.results, scheme, ++n, lang));
  body.push(...notesSection(input, scheme, ++n, lang));
  return frame('county', body, { title, org, options, precision: scheme.precision });
}
