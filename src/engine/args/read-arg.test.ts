import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/issue';
import { isBlankValue, readArg, readArgOrNull, readNumberSafe, textOf } from './read-arg';

const label = { zh: '日考核得分', en: 'daily points' };

describe('readArg', () => {
  it('reads plain numbers, text numbers and full-width digits', () => {
    const issues: Issue[] = [];
    expect([readArg(-5, { label }, 'staff', issues), readArg(' -5 ', { label }, 'staff', issues), readArg('－５', { label }, 'staff', issues)]).toEqual([-5, -5, -5]);
    expect(issues).toEqual([]);
  });

  it('refuses "85%": no argument it reads is a fraction', () => {
    const issues: Issue[] = [];
    expect(readArg('85%', { label }, 'staff', issues)).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: 'staff.arg-percent', field: '日考核得分' });
    expect(issues[0]!.message.en).toContain('daily points');
  });

  it('a blank is an error unless the spec says it is 0 (RULES: counts only)', () => {
    const issues: Issue[] = [];
    expect(readArg(null, { label, count: true, blank: 'zero' }, 'engineer', issues)).toBe(0);
    expect(readArg('  ', { label }, 'engineer', issues)).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(['engineer.arg-blank']);
  });

  it('an invalid Date is text, not a throw', () => {
    const issues: Issue[] = [];
    expect(readArg(new Date(Number.NaN), { label }, 'staff', issues)).toBeUndefined();
    expect(issues.map((i) => [i.code, i.message.zh])).toEqual([['staff.arg-not-number', '日考核得分应为数字，实际为“Invalid Date”']]);
    expect(readNumberSafe(new Date(Number.NaN))).toEqual({ ok: false, kind: 'text', text: 'Invalid Date' });
    expect(textOf(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('readArgOrNull: blank → null, bad → undefined with an issue', () => {
    const issues: Issue[] = [];
    expect(readArgOrNull(' ', { label }, 'staff', issues)).toBeNull();
    expect(readArgOrNull('x', { label }, 'staff', issues)).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect([isBlankValue(undefined), isBlankValue('\u3000'), isBlankValue(0), isBlankValue(false)]).toEqual([true, true, false, false]);
  });
});
