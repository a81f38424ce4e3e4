import { describe, expect, it } from 'vitest';
import { chineseNumber, noticeDate } from './notice';

describe('notice text', () => {
  it.each([[1, '一'], [9, '九'], [10, '十'], [12, '十二'], [20, '二十'], [23, '二十三']])('section %i is numbered %s', (n, zh) => {
    expect(chineseNumber(n)).toBe(zh);
  });

  it('writes the date as an official notice does, or in English', () => {
    expect(noticeDate({ y: 2027, m: 1, d: 5 }, 'zh')).toBe('2027年1月5日');
    expect(noticeDate({ y: 2027, m: 1, d: 5 }, 'en')).toBe('5 January 2027');
  });
});
