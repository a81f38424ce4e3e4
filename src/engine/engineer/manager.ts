import type { CellValue } from '../core/cell';
import type { Explained, Step } from '../core/explain';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { argIssue, readArg, type ArgSpec } from '../args/read-arg';
import { isBlank } from '../core/coerce';
import type { Text } from '../core/text';
import type { EngineerScheme } from './scheme';
import { engineerPreset } from './preset';

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
  const read: { n: number; label: Text }[] = [];
  let unreadable = 0;
  const blankSkips = scheme.manager.blankScores === 'skip';
  engineerScores.forEach((v, i) => {
    const label = { zh: `第 ${i + 1} 个工程师评分`, en: `engineer score ${i + 1}` };
    if (blankSkips && isBlank(v)) return;
    const n = readArg(v, { label }, issues);
    if (n !== undefined) read.push({ n, label });
    else unreadable++;
  });
  const imp = readArg(impression, IMPRESSION, issues);
  const turn = readArg(turnover, TURNOVER, issues);
  // RULES.md: at least one engineer score; unreadable ones already have their own issue.
  if (read.length === 0 && unreadable === 0) issues.push(makeIssue('engineer.no-engineer-scores', {}, { field: '工程师评分' }));
  if (issues.length > 0 || imp === undefined || turn === undefined) return fail(issues);
  const scores = read.map((r) => r.n);
  const sum = scores.reduce((a, b) => a + b, 0);
  const mean = sum / scores.length;
  const value = mean + imp + turn;
  // Scores of 1e308 overflow the sum (or its rounding): name the largest input, never show Infinity.
  if (!Number.isFinite(roundHalfUp(value, scheme.precision))) {
    const all = [...read, { n: imp, label: IMPRESSION.label }, { n: turn, label: TURNOVER.label }];
    const big = all.reduce((a, b) => (Math.abs(b.n) > Math.abs(a.n) ? b : a));
    return fail([argIssue(big.label, { kind: 'too-large', value: big.n })]);
  }
  // The sum as text without binary noise (95.4 + 90 + 88.6 → 274, not 273.99999999999997).
  const sumText = String(Number(sum.toPrecision(12)));
  const steps: Step[] = [
    {
      item: 'engineers',
      label: { zh: '下属工程师平均分', en: 'engineers’ mean' },
      input: scores.length,
      rule: { zh: `评分总和 ${sumText} ÷ ${scores.length} 人`, en: `sum of scores ${sumText} ÷ ${scores.length} engineers` },
      points: mean,
    },
    { item: 'impression', label: IMPRESSION.label, input: imp, rule: { zh: '按填写加入', en: 'added as given' }, points: imp },
    { item: 'turnover', label: TURNOVER.label, input: turn, rule: { zh: '按填写加入', en: 'added as given' }, points: turn },
  ];
  return ok({ value, rounded: roundHalfUp(value, scheme.precision), steps });
}
