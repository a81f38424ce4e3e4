import { isExcelError } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import { composeCounty, PART_LABELS, type Locate } from './composite';
import { cellAt } from './place';
import { reasonOf } from './raw';
import type { CountyScheme } from './scheme';
import { countyPreset } from './preset';
import type { CountyScored, CountyUnitInput } from './types';

/** Where a unit's part is: its cell when it came from a sheet, else "unit · part". */
export function unitLocate(u: CountyUnitInput): Locate {
  return (part) => {
    const cell = u.source?.cells?.[part];
    const sheet = u.source?.sheet;
    return { at: cellAt(sheet, cell, `${u.unit} · ${PART_LABELS[part].zh}`), cell, sheet, row: u.source?.row, field: PART_LABELS[part].zh, units: [u.unit] };
  };
}

/**
 * Every unit's composite, explained, caps applied (篇4 六(一)). A unit whose parts are unusable is left out
 * of `scored`; its issues say why.
 */
export function scoreCountyUnits(units: readonly CountyUnitInput[], scheme: CountyScheme = countyPreset): { scored: CountyScored[]; issues: Issue[] } {
  const scored: CountyScored[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [i, u] of units.entries()) {
    // Ranking needs one row per unit: a blank or repeated name is an error and the repeat is not scored.
    const name = typeof u.unit === 'string' ? u.unit.trim() : '';
    if (name === '' || seen.has(name)) {
      const cell = u.source?.cells?.unit;
      const where = { at: cellAt(u.source?.sheet, cell, name || `units[${i + 1}]`), cell, sheet: u.source?.sheet, row: u.source?.row, field: '单位', units: name ? [name] : undefined };
      issues.push(name === '' ? makeIssue('county.unit-missing', { at: where.at }, where) : makeIssue('county.duplicate-unit', { at: where.at, unit: name }, where));
      continue;
    }
    seen.add(name);
    const r = composeCounty(u, scheme, unitLocate(u));
    issues.push(...r.issues);
    // Ranking bars any non-empty reason: "无"/"否" from a caller mean none, an Excel error is no reason at all.
    const veto = reasonOf(u.veto);
    const unqualified = reasonOf(u.unqualified);
    let usable = true;
    for (const [key, v, field] of [['veto', veto, '否决'], ['unqualified', unqualified, '认定不合格']] as const) {
      if (!isExcelError(v)) continue;
      usable = false;
      const cell = u.source?.cells?.[key];
      issues.push(makeIssue('cell.excel-error', { value: v, cell: cell ?? `${name} · ${field}`, field }, { cell, sheet: u.source?.sheet, row: u.source?.row, field, units: [name] }));
    }
    if (r.ok && usable) scored.push({ ...u, veto, unqualified, composite: r.value });
  }
  return { scored, issues };
}
