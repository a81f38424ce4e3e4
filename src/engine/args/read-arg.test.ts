import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/issue';
import { argIssue, readArg, readArgOrNull } from './read-arg';

const label = { zh: '日考核得分', en: 'daily points' };

describe('readArg', () => {
  it('reads plain numbers, text numbers and full-width digits', () => {
    const issues: Issue[] = [];
    expect([readArg(-5, { label }, issues), readArg(' -5 ', { label }, issues), readArg('－５', { label }, issues)]).toEqual([-5, -5, -5]);
    expect(issues).toEqual([]);
  });

  it('refuses "85%": no argument it reads is a fraction', () => {
    const issues: Issue[] = [];
    expect(readArg('85%', { label }, issues)).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: 'arg.percent', field: '日考核得分' });
    expect(issues[0]!.message.en).toContain('daily points');
  });

  it('a blank is an error unless the spec says it is 0 (RULES: counts only)', () => {
    const issues: Issue[] = [];
    expect(readArg(null, { label, count: true, blank: 'zero' }, issues)).toBe(0);
    expect(readArg('  ', { label }, issues)).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(['arg.blank']);
  });

  it('an invalid Date is the #VALUE! Excel shows for it: the same message as that error typed, never a throw', () => {
    const issues: Issue[] = [];
    expect(readArg(new Date(Number.NaN), { label }, issues)).toBeUndefined();
    expect(readArg('#VALUE!', { label }, issues)).toBeUndefined();
    expect(issues.map((i) => [i.code, i.message.zh])).toEqual([
      ['arg.excel-error', '日考核得分是 Excel 错误值 #VALUE!，请先修正公式或数据'],
      ['arg.excel-error', '日考核得分是 Excel 错误值 #VALUE!，请先修正公式或数据'],
    ]);
  });

  it('readArgOrNull: blank → null, bad → undefined with an issue', () => {
    const issues: Issue[] = [];
    expect(readArgOrNull(' ', { label }, issues)).toBeNull();
    expect(readArgOrNull('x', { label }, issues)).toBeUndefined();
    expect(issues).toHaveLength(1);
  });
});

describe('argIssue', () => {
  it('names the argument in both languages, and the value of a range argument by its position', () => {
    const one = argIssue(label, { kind: 'blank' });
    const inRange = argIssue({ zh: '得分区域', en: 'scores', index: 2 }, { kind: 'not-number', value: 'x' }, { field: 'scores', row: 2 });
    expect([one.code, one.field, one.message.zh, one.message.en]).toEqual(['arg.blank', '日考核得分', '日考核得分不能为空（空白不按 0 处理）', 'daily points is required; a blank is not read as 0']);
    expect([inRange.field, inRange.row, inRange.message.zh, inRange.message.en]).toEqual(['scores', 2, '得分区域第 2 个值应为数字，实际为“x”', 'scores value 2 should be a number, found "x"']);
  });

  it('keeps the parameters its texts were rendered from', () => {
    expect(argIssue(label, { kind: 'out-of-range', value: 120, range: '0–100' }).params).toEqual({ field: '日考核得分', fieldEn: 'daily points', value: 120, range: '0–100' });
  });
});
