import type { Issue } from '../core/issue';
import { composeCounty, PART_LABELS, type Locate } from './composite';
import { cellAt } from './place';
import { countyPreset, type CountyScheme } from './scheme';
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
  for (const u of units) {
    const r = composeCounty(u, scheme, unitLocate(u));
    issues.push(...r.issues);
    if (r.ok) scored.push({ ...u, composite: r.value });
  }
  return { scored, issues };
}
