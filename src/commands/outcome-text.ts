import { hasErrors, type Issue, type Ranking, type Text } from '../engine';
import type { RankOutcome } from './rank-and-tier';
import type { TemplateOutcome } from './insert-template';
import type { NoticeOutcome } from './notice';
import type { ValidateOutcome } from './validate-submission';

/** How a command ended, for the ribbon's status line: ok (done, maybe with warnings) or failed (nothing written). */
export interface OutcomeText {
  readonly ok: boolean;
  readonly text: Text;
}

const firstError = (issues: readonly Issue[]): Issue | undefined => issues.find((i) => i.severity === 'error');
const count = (issues: readonly Issue[], s: Issue['severity']): number => issues.filter((i) => i.severity === s).length;

/** What a ranking's results are, to count them. */
const RANKED: Readonly<Record<Ranking['kind'], Text>> = {
  county: { zh: '个单位', en: 'unit(s)' },
  engineer: { zh: '名工程师', en: 'engineer(s)' },
  staff: { zh: '名员工', en: 'staff member(s)' },
  fiscal: { zh: '个项目', en: 'project(s)' },
  'staff-penalties': { zh: '条部门月度扣款', en: 'department penalty row(s)' },
};

export function rankTextOf(o: RankOutcome): OutcomeText {
  if (o.written === null) {
    const e = firstError(o.issues);
    const n = count(o.issues, 'error');
    return {
      ok: false,
      text: {
        zh: `排名定档未完成，未写入结果：${n} 个问题${o.marked > 0 ? `，已标出 ${o.marked} 个单元格` : ''}。${e ? e.message.zh : ''}`,
        en: `Rank and tier stopped; no results written: ${n} problem(s)${o.marked > 0 ? `, ${o.marked} cell(s) marked` : ''}. ${e ? e.message.en : ''}`,
      },
    };
  }
  const n = o.ranking?.results.length ?? 0;
  const what = RANKED[o.ranking?.kind ?? 'county'];
  return {
    ok: true,
    text: {
      zh: `排名定档完成：${n} ${what.zh}写入“${o.written}”，${o.warnings.length} 条警告`,
      en: `Rank and tier done: ${n} ${what.en} written to "${o.written}", ${o.warnings.length} warning(s)`,
    },
  };
}

export function validateText(o: ValidateOutcome): OutcomeText {
  if (o.type === null || o.label === null) return { ok: false, text: o.issues[0]?.message ?? { zh: '校验未完成', en: 'Validation did not run' } };
  const errors = count(o.issues, 'error');
  const warnings = count(o.issues, 'warning');
  return {
    ok: !hasErrors(o.issues),
    text: {
      zh: `校验报送（${o.label.zh}）：${errors} 个错误，${warnings} 个警告，已标出 ${o.marked} 个单元格`,
      en: `Validate submission (${o.label.en}): ${errors} error(s), ${warnings} warning(s), ${o.marked} cell(s) marked`,
    },
  };
}

export function templateText(o: TemplateOutcome): OutcomeText {
  if (o.sheets.length === 0) return { ok: false, text: o.issues[0]?.message ?? { zh: '未插入模板', en: 'No template inserted' } };
  const list = o.sheets.join('、');
  return { ok: true, text: { zh: `已插入模板：${list}`, en: `Template inserted: ${o.sheets.join(', ')}` } };
}

export function noticeTextOf(o: NoticeOutcome): OutcomeText {
  if (o.written === null || o.notice === null) {
    const e = firstError(o.issues);
    return {
      ok: false,
      text: { zh: `未生成通报：${count(o.issues, 'error')} 个问题。${e ? e.message.zh : ''}`, en: `No notice written: ${count(o.issues, 'error')} problem(s). ${e ? e.message.en : ''}` },
    };
  }
  return { ok: true, text: { zh: `已生成通报“${o.notice.title}”，写入“${o.written}”，可直接打印`, en: `Notice "${o.notice.title}" written to "${o.written}", ready to print` } };
}
