import { describe, expect, it } from 'vitest';
import { hashOf, stableJson } from './hash';

describe('scheme hash (run stamp)', () => {
  it('ignores key order and undefined fields', () => {
    expect(stableJson({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
    expect(hashOf({ a: 1, b: 2 })).toBe(hashOf({ b: 2, a: 1 }));
  });

  it('changes when a setting changes', () => {
    expect(hashOf({ precision: 2 })).not.toBe(hashOf({ precision: 3 }));
    expect(hashOf({})).toMatch(/^[0-9a-f]{8}$/);
  });
});
