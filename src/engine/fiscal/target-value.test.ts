import { describe, expect, it } from 'vitest';
import { isShort, parseTargetValue, readActual, readMeasure } from './target-value';

const q = (v: Parameters<typeof parseTargetValue>[0]) => {
  const r = parseTargetValue(v);
  if (!r.ok) throw new Error(`not parsed: ${String(v)}`);
  return r.target;
};

describe('parseTargetValue', () => {
  it('FISCAL.md §1: reads operator, number and unit (≥50个, ≤90万元, =100%)', () => {
    expect(q('≥50个')).toMatchObject({ kind: 'quantitative', op: '≥', value: 50, unit: '个', assumedOp: false });
    expect(q('≤90万元')).toMatchObject({ kind: 'quantitative', op: '≤', value: 90, unit: '万元' });
    expect(q('=100%')).toMatchObject({ kind: 'quantitative', op: '=', value: 1, unit: '%' });
  });

  it('FISCAL.md §1: accepts ASCII >= and <=, > and <, and full-width forms', () => {
    expect(q('>=95%')).toMatchObject({ op: '≥', value: 0.95 });
    expect(q('<= 30 天')).toMatchObject({ op: '≤', value: 30, unit: '天' });
    expect(q('>0')).toMatchObject({ op: '>', value: 0 });
    expect(q('<5次')).toMatchObject({ op: '<', value: 5 });
    expect(q('＞１２个')).toMatchObject({ op: '>', value: 12, unit: '个' });
    expect(q('＝１００％')).toMatchObject({ op: '=', value: 1, unit: '%' });
    expect(q('≥1,200人次')).toMatchObject({ op: '≥', value: 1200, unit: '人次' });
  });

  it('FISCAL.md §1: spaces between operator, number and unit, and percents, are read', () => {
    expect(q('≥ 50 个')).toMatchObject({ op: '≥', value: 50, unit: '个', assumedOp: false });
    expect(q('≥50%')).toMatchObject({ op: '≥', value: 0.5, unit: '%' });
    expect(q('＞ 12 个')).toMatchObject({ op: '>', value: 12 });
    expect(q('≥-5%')).toMatchObject({ op: '≥', value: -0.05 });
  });

  it('reads operators written in words: 不低于95%, 不超过90万元, 95%以上, 3个月以内; words without a number stay qualitative', () => {
    expect(q('不低于95%')).toMatchObject({ kind: 'quantitative', op: '≥', value: 0.95, assumedOp: false });
    expect(q('不超过90万元')).toMatchObject({ op: '≤', value: 90, unit: '万元' });
    expect(q('95%以上')).toMatchObject({ op: '≥', value: 0.95, unit: '%' });
    expect(q('1000人次及以上')).toMatchObject({ op: '≥', value: 1000, unit: '人次' });
    expect(q('3个月以内')).toMatchObject({ op: '≤', value: 3, unit: '个月' });
    expect(q('高于5次')).toMatchObject({ op: '>', value: 5 });
    expect(q('高于去年水平')).toEqual({ kind: 'qualitative', text: '高于去年水平' });
    expect(q('3个月内完成')).toEqual({ kind: 'qualitative', text: '3个月内完成' });
  });

  it('an Excel error or a non-finite number is not a target (not qualitative text)', () => {
    expect(parseTargetValue('#N/A')).toEqual({ ok: false, reason: 'excel-error', text: '#N/A' });
    expect(parseTargetValue(Number.NaN)).toMatchObject({ ok: false, reason: 'no-number' });
  });

  it('FISCAL.md §1: other text is a qualitative target', () => {
    expect(q('达成预期指标')).toEqual({ kind: 'qualitative', text: '达成预期指标' });
    expect(q('明显提升')).toEqual({ kind: 'qualitative', text: '明显提升' });
    expect(q('3个月内完成')).toEqual({ kind: 'qualitative', text: '3个月内完成' });
  });

  it('reads a bare number as "=" and says the operator was assumed', () => {
    expect(q(100)).toMatchObject({ op: '=', value: 100, assumedOp: true });
    expect(q('50个')).toMatchObject({ op: '=', value: 50, unit: '个', assumedOp: true });
  });

  it('an operator without a number is not a target; a blank is reported as blank', () => {
    expect(parseTargetValue('≥很多')).toEqual({ ok: false, reason: 'no-number', text: '≥很多' });
    expect(parseTargetValue('  ')).toMatchObject({ ok: false, reason: 'blank' });
  });
});

describe('isShort', () => {
  it('FISCAL.md §2: short of the target per the operator', () => {
    expect(isShort(49, { op: '≥', value: 50 }, 1e-9)).toBe(true);
    expect(isShort(50, { op: '≥', value: 50 }, 1e-9)).toBe(false);
    expect(isShort(50, { op: '>', value: 50 }, 1e-9)).toBe(true);
    expect(isShort(91, { op: '≤', value: 90 }, 1e-9)).toBe(true);
    expect(isShort(90, { op: '<', value: 90 }, 1e-9)).toBe(true);
    expect(isShort(1, { op: '=', value: 1 + 1e-12 }, 1e-9)).toBe(false);
    expect(isShort(0.99, { op: '=', value: 1 }, 1e-9)).toBe(true);
  });
});

describe('readMeasure', () => {
  it('reads numbers, percents and numbers with a unit; not blanks', () => {
    expect(readMeasure(48)).toBe(48);
    expect(readMeasure('98%')).toBe(0.98);
    expect(readMeasure('48个')).toBe(48);
    expect(readMeasure(null)).toBeUndefined();
    expect(readMeasure('很多')).toBeUndefined();
  });
});

describe('readActual', () => {
  const pct = { value: 0.95, unit: '%' };
  it('reads a bare number ≥ 1 that dwarfs a percent target as a typed percent, and says so', () => {
    expect(readActual(98, pct)).toEqual({ value: 0.98, percentAssumed: true });
    expect(readActual('98', pct)).toEqual({ value: 0.98, percentAssumed: true });
    expect(readActual('98%', pct)).toEqual({ value: 0.98, percentAssumed: false });
    expect(readActual(0.98, pct)).toEqual({ value: 0.98, percentAssumed: false });
    expect(readActual(1.05, { value: 1, unit: '%' })).toEqual({ value: 1.05, percentAssumed: false });
    expect(readActual(98, { value: 95, unit: '个' })).toEqual({ value: 98, percentAssumed: false });
    expect(readActual('#N/A', pct)).toBeUndefined();
  });
});
