import { ownValue } from '../core/own';
import type { CellValue } from '../core/cell';
import { cleanText, halfWidth } from '../core/coerce';

/** competition 1, 2, 2, 4 (美式, like RANK.EQ) or dense 1, 2, 2, 3 (中国式排名): RULES county Tiers 1 names both. */
export type RankMode = 'competition' | 'dense';

export const RANK_MODES: readonly RankMode[] = ['competition', 'dense'];

// The names people use for the two modes.
const MODES: Readonly<Record<string, RankMode>> = {
  competition: 'competition',
  美式: 'competition',
  美式排名: 'competition',
  竞争: 'competition',
  竞争排名: 'competition',
  dense: 'dense',
  中国式: 'dense',
  中国式排名: 'dense',
  密集: 'dense',
  密集排名: 'dense',
};

/** A rank-mode cell → its mode, ignoring case, spaces and full width; undefined when blank or unknown. */
export function parseRankMode(v: CellValue): RankMode | undefined {
  if (typeof v !== 'string') return undefined;
  return ownValue(MODES, halfWidth(cleanText(v)).toLowerCase().replace(/[\s\u3000]/g, ''));
}
