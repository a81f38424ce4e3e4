import { ownValue } from '../core/own';
import type { CellValue } from '../core/cell';
import { cleanText, halfWidth } from '../core/coerce';
import type { CountyGroup } from '../county/types';

// Codes, short and long Chinese names (篇4 三); brackets are dropped before lookup.
const NAMES: Readonly<Record<string, CountyGroup>> = {
  township: 'township',
  乡镇: 'township',
  乡镇日常工作: 'township',
  承担日常工作的乡镇: 'township',
  department: 'department',
  部门: 'department',
  县直部门和单位: 'department',
  县直部门和单位日常工作: 'department',
  部门和单位: 'department',
  承担日常工作的部门和单位: 'department',
  'ancient-city': 'ancient-city',
  ancientcity: 'ancient-city',
  古城: 'ancient-city',
  古城风貌恢复: 'ancient-city',
  古城风貌恢复工作: 'ancient-city',
  承担古城风貌恢复工作的部门: 'ancient-city',
};

/** A group cell (code, 乡镇/部门/古城 or a long name) → its code; undefined when not recognised. */
export function readGroupCell(v: CellValue): CountyGroup | undefined {
  if (typeof v !== 'string') return undefined;
  const key = halfWidth(cleanText(v))
    .toLowerCase()
    .replace(/[\s()（）_]/g, '');
  return ownValue(NAMES, key);
}
