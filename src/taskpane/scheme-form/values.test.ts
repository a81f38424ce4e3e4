import { describe, expect, it } from 'vitest';
import { presets, validateScheme } from '../../engine';
import { formFor } from './forms';
import { fieldText, getPath, parseField, placeIssues, setPath } from './values';

describe('scheme paths', () => {
  it('reads and writes by dotted path without touching the original; undefined removes a key', () => {
    const s = presets.county;
    const t = setPath(s, 'groups.township.advanced.floor', 88);
    expect(getPath(t, 'groups.township.advanced.floor')).toBe(88);
    expect(getPath(s, 'groups.township.advanced.floor')).toBe(90);
    expect(Array.isArray(getPath(setPath(s, 'bonusItems.1.points', 9), 'bonusItems'))).toBe(true);
    expect('monthlyAnnual' in (setPath(s, 'monthlyAnnual', undefined) as object)).toBe(false);
  });
});

describe('field text', () => {
  const percent = { type: 'number', percent: true } as const;
  it.each([
    ['25', { ok: true, value: 0.25 }],
    ['12.5%', { ok: true, value: 0.125 }],
    ['', { ok: false }],
    ['abc', { ok: false }],
    ['1,5', { ok: false }],
  ])('reads %j in a percent field', (text, out) => {
    expect(parseField(percent, text)).toEqual(out);
  });
  it('reads a blank as null or absent where the setting allows it', () => {
    expect(parseField({ type: 'number', blank: 'null' }, ' ')).toEqual({ ok: true, value: null });
    expect(parseField({ type: 'number', blank: 'absent' }, '')).toEqual({ ok: true, value: undefined });
  });
  it('shows percents without float noise', () => {
    expect(fieldText(percent, 0.07)).toBe('7');
    expect(fieldText({ type: 'number', blank: 'null' }, null)).toBe('');
  });
});

describe('placeIssues', () => {
  it('puts each issue of validateScheme on its field, else on its group, else on the form', () => {
    const bad = setPath(setPath(presets.engineer, 'items.quality.weight', 45), 'precision', 9);
    const issues = validateScheme(bad).issues;
    const placed = placeIssues(formFor(bad), issues);
    expect(placed.fields.get('precision')?.length).toBe(1);
    expect(placed.groups.get('items')?.[0]?.message.en).toMatch(/105/);
    expect(placed.form).toEqual([]);
  });

  it('has a field for every county setting RULES.md names (shares, quota, floors, 不合格 line, rank mode, caps, tie-breakers)', () => {
    const paths = formFor(presets.county).flatMap((g) => g.fields.map((f) => f.path));
    for (const p of ['unqualifiedBelow', 'rankMode', 'tieBreakers', 'bonusCap', 'deductionCap', 'groups.township.advanced.fraction', 'groups.township.advanced.rounding', 'groups.ancient-city.advanced.min', 'groups.department.advanced.floor', 'publicRateFactor']) {
      expect(paths).toContain(p);
    }
    expect(formFor(presets.county).flatMap((g) => (g.table ? [g.table.path] : []))).toEqual(['bonusItems', 'deductionItems', 'publicBands']);
  });

  it('binds every field of every preset to a setting that exists', () => {
    for (const s of Object.values(presets)) {
      for (const g of formFor(s)) {
        for (const f of g.fields) {
          const optional = (f.kind.type === 'number' || f.kind.type === 'select') && f.kind.blank !== undefined;
          if (!optional) expect(getPath(s, f.path), `${s.kind} ${f.path}`).not.toBeUndefined();
        }
      }
    }
  });
});
