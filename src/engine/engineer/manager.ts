import type { CellValue } from '../core/cell';
import type { Explained, Step } from '../core/explain';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { readArg, type ArgSpec } from './read-arg';
import { engineerPreset, type EngineerScheme } from './scheme';

// 篇1 六 2: the two extra terms may be negative; a blank is an error (RULES.md).
const IMPRESSION: ArgSpec = { label: { zh: '印象分', en: 'impression points' } };
const TURNOVER: ArgSpec = { label: { zh: '关键员工流动控制得分', en: 'key-staff turnover points' } };

/**
 * PERF.MANAGER (篇1 六 2): mean of the subordinate engineers' scores + the general manager's and
 * deputies' impression points + key-staff turnover control points. Blank cells in the engineer
 * range are skipped (scheme.manager.blankScores, Decision); text and error values are issues.
 */
export function scoreManager(
  engineerScores: readonly CellValue[],
  impression: CellValue,
  turnover: CellValue,
  scheme: EngineerScheme = engineerPreset,
): Result<Explained> {
  const issues: Issue[] = [];
  const scores: number[] = [];
  engineerScores.forEach((v, i) => {
    const label = { zh: `第 ${i + 1} 个工程师评分`, en: `engineer score ${i + 1}` };
    const blankSkips = scheme.manager.blankScores === 'skip';
    const before = issues.length;
    const n = readArg(v, { label }, 'engineer', issues);
    if (n !== undefined) scores.push(n);
    else if (blankSkips && issues.length === before + 1 && issues[before]?.code === 'engineer.arg-blank') issues.pop();
  });
  const imp = readArg(impression, IMPRESSION, 'engineer', issues);
  const turn = readArg(turnover, TURNOVER, 'engineer', issues);
  if (scores.length === 0 && !issues.some((i) => i.field?.endsWith('工程师评分'))) {
    issues.push(makeIssue('engineer.no-engineer-scores', {}, { field: '工程师评分' }));
  }
  if (issues.length > 0 || imp === undefined || turn === undefined) return fail(issues);
  const sum = scores.reduce((a, b) => a + b, 0);
  const mean = sum / scores.length;
  const steps: Step[] = [
    {
      item: 'engineers',
      label: { zh: '下属工程师平均分', en: 'engineers’ mean' },
      input: scores.length,
      rule: { zh: `评分总和 ${sum} ÷ ${scores.length} 人`, en: `sum of scores ${sum} ÷ ${scores.length} engineers` },
      points: mean,
    },
    { item: 'impression', label: IMPRESSION.label, input: imp, rule: { zh: '按填写加入', en: 'added as given' }, points: imp },
    { item: 'turnover', label: TURNOVER.label, input: turn, rule: { zh: '按填写加入', en: 'added as given' }, points: turn },
  ];
  const value = mean + imp + turn;
  return ok({ value, rounded: roundHalfUp(value, scheme.precision), steps });
}
