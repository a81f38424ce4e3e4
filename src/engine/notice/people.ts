import type { Issue } from '../core/issue';
import { roundHalfUp } from '../core/round';
import type { EngineerScheme } from '../engineer/scheme';
import { GRADES } from '../fiscal/constants';
import { frame, heading, inLang, listed, periodOf, textRow, type CellFormat, type Notice, type NoticeLang, type NoticeOptions, type NoticeRow } from './notice';
import { engineerPartColumns, engineerParts, FISCAL_PART_COLUMNS, fiscalParts, STAFF_PART_COLUMNS, staffParts, type PartColumn, type UnitParts, type NoticeEntry } from './parts';

export type PeopleNoticeKind = 'engineer' | 'staff' | 'fiscal';

export interface PeopleNoticeInput {
  readonly kind: PeopleNoticeKind;
  /** The engine's ranking: each person or project with its rank, rounded score and steps. */
  readonly rows: readonly NoticeEntry[];
  readonly warnings?: readonly Issue[] | undefined;
  /** Engineer: the weights the four items were scored with. */
  readonly engineer?: EngineerScheme | undefined;
  /** The scheme precision; default 2. */
  readonly precision?: number | undefined;
}

interface KindText {
  readonly org: readonly [string, string];
  readonly what: readonly [string, string];
  readonly who: readonly [string, string];
  readonly name: readonly [string, string];
  readonly how: readonly [string, string];
}

const TEXTS: Readonly<Record<PeopleNoticeKind, KindText>> = {
  engineer: {
    org: ['工程预算部', 'Engineering Budget Department'], what: ['工程师绩效考核', 'engineer performance assessment'], who: ['名工程师', 'engineers'], name: ['姓名', 'Name'],
    how: ['工作质量、工作效率、工作成本、工作能力四项各以 100 分为基础增减后按权重合计', 'four items (quality, efficiency, cost, ability), each from 100 with its points, weighted'],
  },
  staff: {
    org: ['人力资源部', 'Human Resources'], what: ['员工绩效考核', 'staff performance assessment'], who: ['名员工', 'staff'], name: ['姓名', 'Name'],
    how: ['后勤人员为月底打分加日考核得分，生产人员为 100 分加加分减扣分，每高于或低于 100 分一分，绩效工资浮动 1%', 'back-office: month-end score plus daily points; production: 100 plus bonus minus deduction; each point above or below 100 moves performance pay 1%'],
  },
  fiscal: {
    org: ['财政局', 'Finance Bureau'], what: ['项目支出绩效自评', 'project expenditure self-evaluation'], who: ['个项目', 'projects'], name: ['项目', 'Project'],
    how: ['预算执行率与产出、效益、满意度指标得分合计，并评定等级（优、良、中、差）', 'budget execution plus output, benefit and satisfaction indicator points, graded 优/良/中/差'],
  },
};

function columnsOf(input: PeopleNoticeInput): readonly PartColumn[] {
  if (input.kind === 'engineer') return engineerPartColumns(input.engineer);
  return input.kind === 'staff' ? STAFF_PART_COLUMNS : FISCAL_PART_COLUMNS;
}

function partsOf(input: PeopleNoticeInput, row: NoticeEntry): UnitParts {
  if (input.kind === 'engineer') return engineerParts(row, input.engineer);
  return input.kind === 'staff' ? staffParts(row) : fiscalParts(row);
}

/** The results table: by rank (then name), each row's score and its parts as the score used them. */
function table(input: PeopleNoticeInput, precision: number, lang: NoticeLang): NoticeRow[] {
  const t = inLang(lang);
  const k = TEXTS[input.kind];
  const columns = columnsOf(input);
  const staff = input.kind === 'staff';
  const formats: CellFormat[] = ['rank', 'text', ...(staff ? (['text'] as const) : []), 'score', ...columns.map((c) => c.format)];
  const header: NoticeRow = {
    role: 'table-header',
    cells: [t('排名', 'Rank'), t(k.name[0], k.name[1]), ...(staff ? [t('部门', 'Department')] : []), t('得分', 'Score'), ...columns.map((c) => (lang === 'zh' ? c.label.zh : c.label.en))],
    formats,
  };
  const sorted = [...input.rows].sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rows = sorted.map((r): NoticeRow => {
    const parts = partsOf(input, r);
    const cells = columns.map((c) => {
      const v = parts[c.key] ?? null;
      return typeof v === 'number' && c.format === 'score' ? roundHalfUp(v, precision) : v;
    });
    return { role: 'table-row', cells: [r.rank, r.name, ...(staff ? [r.department ?? null] : []), r.score, ...cells], formats };
  });
  return [header, ...rows];
}

/** Fiscal: how many projects got each grade. */
function gradeLine(rows: readonly NoticeEntry[], lang: NoticeLang): string {
  const counts = GRADES.map((g) => `${g} ${rows.filter((r) => r.grade === g).length}${lang === 'zh' ? ' 个' : ''}`);
  return lang === 'zh' ? `评定等级：${listed(lang, counts)}。` : `Grades: ${listed(lang, counts)}.`;
}

/**
 * The 通报 of an engineer (篇1), staff (篇3) or fiscal self-evaluation (篇2) ranking: title, office and date, an
 * opening line saying how scores are made, the table by rank with each row's parts (engineer: the four items;
 * staff: month-end, daily, bonus, deduction, float; fiscal: execution, 产出, 效益, 满意度, grade), notes, signature.
 */
export function peopleNotice(input: PeopleNoticeInput, options: NoticeOptions): Notice {
  const lang = options.lang ?? 'zh';
  const t = inLang(lang);
  const k = TEXTS[input.kind];
  const precision = input.precision ?? 2;
  const org = options.org ?? t(k.org[0], k.org[1]);
  const period = periodOf(options);
  const title = options.title ?? t(`${options.area ?? ''}${period}${k.what[0]}结果通报`, `${options.area ? `${options.area} ` : ''}Results of the ${k.what[1]}, ${period}`);
  const opening = t(
    `${org}对 ${input.rows.length} ${k.who[0]}进行了${period}${k.what[0]}（${k.how[0]}）。现将结果通报如下：`,
    `${org} carried out the ${k.what[1]} of ${input.rows.length} ${k.who[1]} for ${period} (${k.how[1]}). The results are as follows.`,
  );
  const body: NoticeRow[] = [textRow('paragraph', opening), heading(lang, 1, t('考核结果', 'Results'))];
  if (input.kind === 'fiscal') body.push(textRow('paragraph', gradeLine(input.rows, lang)));
  body.push(...table(input, precision, lang));
  const notes = (input.warnings ?? []).map((w) => (lang === 'zh' ? `${w.message.zh}。` : `${w.message.en}.`));
  notes.push(t(`得分保留 ${precision} 位小数，排名按保留后的得分确定。`, `Scores are shown to ${precision} decimals; ranks use the score so rounded.`));
  body.push(heading(lang, 2, t('说明', 'Notes')), ...notes.map((x) => textRow('note', x)));
  return frame(input.kind, body, { title, org, options, precision });
}
