import type { Text } from '../../core/text';
import type { Tier } from '../types';
import { Mark } from '../../ranking';

/** What is the same for every unit of a group. */
export interface GroupFacts {
  readonly precision: number;
  readonly floor: number;
  /** 先进 places. */
  readonly limit: number;
  readonly unqualifiedBelow: number;
  readonly tieBreakers: readonly string[];
  readonly report: { readonly below: number; readonly lastN: number };
}

type Pair = readonly [zh: string, en: string];

/**
 * A unit's explanation from its facts (positional: it runs once per unit, without a facts object), as an index
 * into the lines table given to `explainer`: a number per unit is kept in a typed array, not a pointer per unit.
 */
export type Explain = (
  rounded: number,
  rank: number,
  tier: Tier,
  mark: number,
  veto: string | undefined,
  designated: string | undefined,
  report: boolean,
) => number;

// The reason a tier was given, beyond the score and rank; its text depends only on the group.
const Kind = { unqualified: 0, tiedIn: 1, brokeIn: 2, within: 3, vetoed: 4, belowFloor: 5, brokeOut: 6, outside: 7 } as const;

const { tiedIn, brokeIn, brokeOut } = Mark;

function kindOf(rounded: number, tier: Tier, mark: number, vetoed: boolean, floor: number): number {
  if (tier === '不合格') return Kind.unqualified;
  if (tier === '先进') return mark === tiedIn ? Kind.tiedIn : mark === brokeIn ? Kind.brokeIn : Kind.within;
  if (vetoed) return Kind.vetoed;
  if (rounded < floor) return Kind.belowFloor;
  return mark === brokeOut ? Kind.brokeOut : Kind.outside;
}

/** The clause texts of a group, indexed by Kind (keep the two in the same order). */
function clauses(g: GroupFacts): readonly Pair[] {
  const keys = g.tieBreakers.join('、');
  return [
    [`低于 ${g.unqualifiedBelow} 分，为不合格`, `below ${g.unqualifiedBelow}, unqualified`],
    [`在先进名额边界同分，一并评为先进（名额 ${g.limit} 名）`, `tied at the advanced boundary, admitted with the others tied (${g.limit} places)`],
    [`在先进名额边界同分，按 ${keys} 决出，评为先进`, `tied at the advanced boundary, admitted on ${keys}`],
    [`在先进名额 ${g.limit} 名内且不低于 ${g.floor} 分`, `within the ${g.limit} advanced places and at least ${g.floor}`],
    ['为合格', 'qualified'],
    [`低于先进分数线 ${g.floor} 分，为合格`, `below the advanced line of ${g.floor}, qualified`],
    [`在先进名额边界同分，按 ${keys} 未入选，为合格`, `tied at the advanced boundary, left out on ${keys}, qualified`],
    [`不在先进名额 ${g.limit} 名内，为合格`, `outside the ${g.limit} advanced places, qualified`],
  ];
}

/**
 * The one-line reason for each unit's tier in a group, e.g.
 * "综合得分 92.50，组内第 2 名，在先进名额 2 名内且不低于 90 分". Group texts are built once; units of the
 * group with the same rank (hence the same score) and the same reason share one line, so callers walking the
 * group in rank order build each line once. New lines are appended to `lines`.
 */
export function explainer(g: GroupFacts, lines: Text[]): Explain {
  const fixed = clauses(g);
  const reportZh = `，低于 ${g.report.below} 分且位列组内后 ${g.report.lastN} 名，抄送有关部门`;
  const reportEn = `, below ${g.report.below} and among the group's last ${g.report.lastN}, reported (抄送)`;
  const build = (rounded: number, rank: number, kind: number, veto?: string, designated?: string, report?: boolean): Text => {
    const score = rounded.toFixed(g.precision);
    let zh = `综合得分 ${score}，组内第 ${rank} 名，`;
    let en = `Composite ${score}, rank ${rank} in group, `;
    if (veto !== undefined) {
      zh += `取消评先资格：${veto}，`;
      en += `barred from advanced: ${veto}, `;
    }
    if (designated !== undefined) {
      zh += `认定为不合格：${designated}`;
      en += `designated unqualified: ${designated}`;
    } else {
      const [czh, cen] = fixed[kind]!;
      zh += czh;
      en += cen;
    }
    if (report === true) {
      zh += reportZh;
      en += reportEn;
    }
    return { zh, en };
  };
  // One slot per (reason, reported): the last line built and the rank it was built for.
  const slotRank = new Int32Array(fixed.length * 2).fill(-1);
  const slotLine = new Int32Array(fixed.length * 2);
  return (rounded, rank, tier, mark, veto, designated, report) => {
    const kind = kindOf(rounded, tier, mark, veto !== undefined, g.floor);
    if (veto !== undefined || designated !== undefined) return lines.push(build(rounded, rank, kind, veto, designated, report)) - 1;
    const slot = kind * 2 + (report ? 1 : 0);
    if (slotRank[slot] === rank) return slotLine[slot]!;
    const line = lines.push(build(rounded, rank, kind, undefined, undefined, report)) - 1;
    slotRank[slot] = rank;
    slotLine[slot] = line;
    return line;
  };
}
