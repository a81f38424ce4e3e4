import { describe, expect, it } from 'vitest';
import { parseRankMode } from './mode';

describe('parseRankMode', () => {
  it('county Tiers 1: names competition 美式 and dense 中国式, also 竞争/密集', () => {
    expect(['competition', '美式', '美式排名', '竞争', '竞争排名'].map(parseRankMode)).toEqual(Array(5).fill('competition'));
    expect(['dense', '中国式', '中国式排名', '密集', '密集排名'].map(parseRankMode)).toEqual(Array(5).fill('dense'));
  });

  it('ignores case, spaces and full width', () => {
    expect(parseRankMode(' Dense ')).toBe('dense');
    expect(parseRankMode('ＣＯＭＰＥＴＩＴＩＯＮ')).toBe('competition');
    expect(parseRankMode('中国式　排名')).toBe('dense');
  });

  it('is undefined for blanks (the default applies) and for anything unknown', () => {
    expect([null, '', '  ', 'random', 1, true].map((v) => parseRankMode(v))).toEqual(Array(6).fill(undefined));
  });
});
