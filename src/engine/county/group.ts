import type { CellValue } from '../core/cell';
import { readText } from '../core/coerce';
import { normalizeHeader } from '../core/table';
import type { CountyGroup } from './types';

/** Every accepted spelling of a group, normalised: codes, short and long Chinese names from 篇4 三. */
const SPELLINGS: Readonly<Record<CountyGroup, readonly string[]>> = {
  township: ['township', 'townships', '乡镇', '乡、镇', '乡镇政府', '乡、镇政府', '乡镇（日常工作）', '乡镇(日常工作)', '承担日常工作的乡镇', '乡镇政府（街道办事处）'],
  department: [
    'department', 'departments', '部门', '县直部门', '县直部门和单位', '县直部门和单位（日常工作）', '部门和单位', '县政府工作部门和单位',
    '承担日常工作的部门和单位', '县直单位', '县直部门单位',
  ],
  'ancient-city': ['ancient-city', 'ancientcity', 'ancient city', '古城', '古城风貌', '古城风貌恢复', '古城风貌恢复工作', '承担古城风貌恢复工作', '承担古城风貌恢复工作的部门', '古城风貌恢复单位', '古城风貌恢复工作单位', '承担古城风貌恢复工作的单位'],
};

const key = (s: string): string => normalizeHeader(s).replace(/[、()（）]/g, '');
const INDEX = new Map<string, CountyGroup>(
  (Object.entries(SPELLINGS) as [CountyGroup, readonly string[]][]).flatMap(([g, names]) => names.map((n) => [key(n), g] as const)),
);

/** A group from a cell: township/department/ancient-city, 乡镇/部门/古城 or the seed's long names; undefined otherwise. */
export function parseGroup(v: CellValue): CountyGroup | undefined {
  const t = readText(v);
  if (t === null) return undefined;
  // A column repeats a handful of spellings: remember them (bounded, so hostile input cannot grow it).
  if (SEEN.has(t)) return SEEN.get(t);
  const g = INDEX.get(key(t));
  if (SEEN.size < 256) SEEN.set(t, g);
  return g;
}

const SEEN = new Map<string, CountyGroup | undefined>();
