import { isBlank, rankIn, tiersFor, type CellValue } from '../../engine/scoring';
import { unwrap } from '../args';
import { defineFunction, param } from '../define';

const RANK_PARAMS = [
  param('score', '得分', '要排名的得分，须在得分区域中（同 RANK.EQ，否则为 #N/A）', 'The score to rank; it must be among the scores, else #N/A (as RANK.EQ)'),
  param('scores', '得分区域', '参与排名的全部得分（一个区域，空白单元格跳过）', 'All the scores ranked against (a range; blank cells are skipped)', { range: true }),
  param('groups', '类别区域', '可选：与得分区域一一对应的类别', 'Optional: the group of each score, matching the scores range', { optional: true, range: true }),
  param('group', '类别', '可选：只在此类别内排名（给出类别区域时必填）', 'Optional: rank within this group only (required with groups)', { optional: true }),
  param('mode', '排名方式', '可选：competition 美式排名（默认，1,2,2,4）或 dense 中国式排名（1,2,2,3）', 'Optional: competition (美式, default, 1,2,2,4) or dense (中国式, 1,2,2,3)', { optional: true }),
] as const;

/** PERF.RANK (篇4 六(二)1): a score's rank within its group. */
export const RANK = defineFunction({
  id: 'RANK',
  zhName: '组内排名',
  description: {
    zh: '得分在本类别内的名次（篇4）：按保留 2 位小数后的得分从高到低，默认美式排名，可选中国式排名',
    en: 'The rank of a score within its group (篇4): scores rounded to 2 decimals, highest first; competition ranking by default, dense on request',
  },
  result: { zh: '名次（1 为最高）', en: 'The rank (1 = highest)' },
  params: RANK_PARAMS,
  // The engine ranks (group matching, modes, blanks, precision); a range of blanks is refused as blank here.
  run: (a) =>
    unwrap(rankIn(a.value('score'), a.column('scores'), { groups: a.optionalColumn('groups'), group: a.optional('group'), mode: a.optional('mode') })),
});

/** PERF.TIERS (篇4 六(二)): the tier of every row, computed once for the whole table and spilled. */
export const TIERS = defineFunction({
  id: 'TIERS',
  zhName: '评估档次',
  description: {
    zh: '整张表的评估档次（篇4 六）：按类别分别评出先进、合格、不合格，结果溢出为一列（整表只计算一次）',
    en: 'Tiers for the whole table (篇4 六): 先进, 合格 or 不合格 per group, spilled as one column (computed once for the table)',
  },
  result: { zh: '每行的档次（一列）', en: "Each row's tier (one column)" },
  params: [
    param('scores', '得分区域', '全部单位的综合得分（一列）', "Every unit's composite (one column)", { range: true }),
    param('groups', '类别区域', '每个单位的类别（乡镇、部门、古城），与得分一一对应', "Each unit's group (township, department, ancient-city), matching the scores", { range: true }),
    param('vetoes', '否决区域', '可选：取消评先资格的原因，非空即取消评先', 'Optional: the veto reason of each unit; non-blank removes eligibility for 先进', { optional: true, range: true }),
    param('unqualified', '不合格区域', '可选：认定不合格的原因（失职渎职），非空即不合格', 'Optional: the reason a unit is designated 不合格; non-blank designates it', {
      optional: true,
      range: true,
    }),
  ],
  run: (a) => {
    const scores = a.column('scores');
    const groups = a.column('groups');
    const vetoes = a.optionalColumn('vetoes');
    const unqualified = a.optionalColumn('unqualified');
    // Trailing rows blank in every column (a range drawn past the table) spill as blanks, not errors.
    let n = scores.length;
    const blankRow = (i: number): boolean => [scores, groups, vetoes, unqualified].every((c) => c === undefined || isBlank(c[i] ?? null));
    while (n > 0 && blankRow(n - 1)) n--;
    const cut = (c: CellValue[] | undefined): CellValue[] | undefined => (c === undefined || c.length !== scores.length || n === c.length ? c : c.slice(0, n));
    const tiers = unwrap(tiersFor(cut(scores)!, cut(groups) ?? [], cut(vetoes), cut(unqualified)));
    return scores.map((_, i) => [tiers[i] ?? '']);
  },
});
