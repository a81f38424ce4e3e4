import { describe, expect, it } from 'vitest';
import { daysBetween, isBlank, readDate, readNumber, readText } from './coerce';

describe('readNumber (issue 2: coerce what people really type, and say so)', () => {
  it('keeps plain numbers as they are', () => {
    expect(readNumber(90)).toEqual({ ok: true, value: 90, coerced: false });
  });

  it.each([
    ['90', 90],
    [' 90 ', 90],
    ['９０', 90],
    ['８９．５', 89.5],
    ['85%', 0.85],
    ['８５％', 0.85],
    ['1,234.5', 1234.5],
    ['１，２３４', 1234],
    ['-5', -5],
    ['－５', -5],
    ['\u22125', -5],
    ['+3', 3],
    ['90分', 90],
    ['100元', 100],
    ['\u300090\u3000', 90],
    ['1e3', 1000],
  ])('reads the text %j as %d and marks it coerced', (input, value) => {
    expect(readNumber(input)).toEqual({ ok: true, value, coerced: true });
  });

  it('reads blank and empty text as blank, never 0', () => {
    expect(readNumber(null)).toMatchObject({ ok: false, kind: 'blank' });
    expect(readNumber(undefined)).toMatchObject({ ok: false, kind: 'blank' });
    expect(readNumber('   ')).toMatchObject({ ok: false, kind: 'blank' });
  });

  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', ' #n/a '])('recognises the Excel error %j', (e) => {
    expect(readNumber(e)).toMatchObject({ ok: false, kind: 'excel-error' });
  });

  it.each(['abc', '九十', '1,5', '12,34', '1.2.3', 'TRUE', '--5'])('refuses the text %j', (t) => {
    expect(readNumber(t)).toMatchObject({ ok: false, kind: 'text' });
  });

  it('refuses booleans, dates and non-finite numbers; an invalid Date is the #VALUE! Excel shows for it', () => {
    expect(readNumber(true)).toMatchObject({ ok: false, kind: 'text' });
    expect(readNumber(new Date(Date.UTC(2026, 0, 1)))).toMatchObject({ ok: false, kind: 'text' });
    expect(readNumber(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, kind: 'text' });
    expect(readNumber(new Date(Number.NaN))).toEqual({ ok: false, kind: 'excel-error', text: '#VALUE!' });
    expect(readNumber(new Date(Number.NaN))).toEqual(readNumber('#VALUE!'));
    expect(readText(new Date(Number.NaN))).toBe('#VALUE!');
  });
});

describe('readText', () => {
  it('trims every kind of space and reads blank as null', () => {
    expect(readText('\u3000南牛乡 ')).toBe('南牛乡');
    expect(readText('')).toBeNull();
    expect(readText(null)).toBeNull();
    expect(readText(12)).toBe('12');
  });
});

describe('isBlank (the one blank test of every layer)', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty text', ''],
    ['spaces of every kind', ' \u3000\u200B\uFEFF\u00A0'],
  ])('reads %s as blank', (_, v) => expect(isBlank(v)).toBe(true));
  it.each([
    ['0', 0],
    ['FALSE', false],
    ['the text "0"', '0'],
    ['text with spaces around it', ' 甲 '],
    ['a Date, even an invalid one', new Date(Number.NaN)],
  ])('reads %s as a value', (_, v) => expect(isBlank(v)).toBe(false));
});

describe('readDate', () => {
  it.each([
    ['2026-03-12', { y: 2026, m: 3, d: 12 }],
    ['2026/3/12', { y: 2026, m: 3, d: 12 }],
    ['2026.3.12', { y: 2026, m: 3, d: 12 }],
    ['2026年3月12日', { y: 2026, m: 3, d: 12 }],
    ['２０２６年３月１２日', { y: 2026, m: 3, d: 12 }],
  ])('reads the text %j', (t, ymd) => {
    expect(readDate(t)).toEqual(ymd);
  });

  it('reads an Excel serial number (46093 = 2026-03-12)', () => {
    expect(readDate(46093)).toEqual({ y: 2026, m: 3, d: 12 });
  });

  it('reads a Date by its UTC calendar day', () => {
    expect(readDate(new Date(Date.UTC(2026, 11, 31)))).toEqual({ y: 2026, m: 12, d: 31 });
  });

  it('refuses impossible dates and other text', () => {
    expect(readDate('2026-02-30')).toBeUndefined();
    expect(readDate('下周')).toBeUndefined();
    expect(readDate(true)).toBeUndefined();
  });

  it('counts calendar days across a year end', () => {
    expect(daysBetween({ y: 2026, m: 12, d: 31 }, { y: 2027, m: 1, d: 10 })).toBe(10);
  });
});
