import { describe, expect, it } from 'vitest';
import { COUNTY_GROUPS } from '../types';
import { groupIndex } from './work';

describe('groupIndex', () => {
  it('gives each county group its place in COUNTY_GROUPS, and −1 for anything else', () => {
    COUNTY_GROUPS.forEach((g, k) => expect(groupIndex(g)).toBe(k));
    expect(groupIndex('street')).toBe(-1);
  });
});
