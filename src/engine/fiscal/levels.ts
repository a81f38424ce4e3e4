import { ownValue } from '../core/own';
import { normalizeHeader } from '../core/table';
import { readText } from '../core/coerce';
import type { CellValue } from '../core/cell';

/** 一级指标 of a 绩效目标表 (FISCAL.md §1). */
export const LEVEL1 = ['产出', '效益', '满意度'] as const;
export type Level1 = (typeof LEVEL1)[number];

/** English names beside the Chinese ones, for messages. */
export const LEVEL1_EN: Readonly<Record<Level1, string>> = { 产出: 'output', 效益: 'benefit', 满意度: 'satisfaction' };

/** 二级指标 allowed under each 一级指标 (FISCAL.md §1). */
export const LEVEL2: Readonly<Record<Level1, readonly string[]>> = {
  产出: ['数量', '质量', '时效', '成本'],
  效益: ['经济', '社会', '生态', '可持续'],
  满意度: ['服务对象满意度'],
};

const LEVEL1_SPELLINGS: Readonly<Record<string, Level1>> = {
  产出: '产出', 产出指标: '产出', output: '产出', outputs: '产出',
  效益: '效益', 效益指标: '效益', benefit: '效益', benefits: '效益', effect: '效益', outcome: '效益',
  满意度: '满意度', 满意度指标: '满意度', satisfaction: '满意度',
};

/** 产出 / 产出指标 / output → 产出; undefined when not a level-1 name. */
export function parseLevel1(v: CellValue | undefined): Level1 | undefined {
  const t = readText(v ?? null);
  return t === null ? undefined : memo(level1Memo, t, () => ownValue(LEVEL1_SPELLINGS, normalizeHeader(t)));
}

/** Tables repeat a handful of level names on every row: remember each spelling's reading (bounded). */
const level1Memo = new Map<string, Level1 | undefined>();
const level2Memo = new Map<string, string | undefined>();
function memo<T>(m: Map<string, T>, key: string, compute: () => T): T {
  if (m.has(key)) return m.get(key) as T;
  if (m.size >= 2000) m.clear();
  const v = compute();
  m.set(key, v);
  return v;
}

/** Endings real tables add to a level-2 name: 社会效益指标, 可持续影响指标, 数量指标. */
const LEVEL2_SUFFIX = /(效益|影响)?(指标)?$/;

/** 数量 / 数量指标 / 社会效益指标 / 可持续影响指标 → the level-2 name when valid under level1; undefined otherwise. */
export function parseLevel2(level1: Level1, v: CellValue | undefined): string | undefined {
  const t = readText(v ?? null);
  if (t === null) return undefined;
  return memo(level2Memo, `${level1}\u0000${t}`, () => {
    const n = normalizeHeader(t);
    const bare = n.replace(LEVEL2_SUFFIX, '');
    return LEVEL2[level1].find((l) => n === l || n === `${l}指标` || bare === l);
  });
}
