import { describe, expect, it } from 'vitest';
import { applyResult, gradeOf, parseGrade } from './grade';
import { fiscalPreset } from './preset';

const grade = (v: Parameters<typeof gradeOf>[0]) => {
  const r = gradeOf(v);
  return r.ok ? r.value : r.issues.map((i) => i.code).join();
};

describe('gradeOf', () => {
  it('FISCAL.md §3: half-open bands ≥90 优, ≥80 良, ≥60 中, else 差', () => {
    expect([100, 90, 89.99, 80, 79.99, 60, 59.99, 0].map(grade)).toEqual(['优', '优', '良', '良', '中', '中', '差', '差']);
  });

  it('FISCAL.md §3: grades the score rounded half-up to 2 decimals (89.995 → 优, 89.994 → 良)', () => {
    expect(grade(89.995)).toBe('优');
    expect(grade(89.994)).toBe('良');
    expect(grade(79.995)).toBe('良');
  });

  it('reads numbers typed as text; blank, text and out-of-range scores are errors', () => {
    expect(grade('９０')).toBe('优');
    expect(grade(null)).toBe('fiscal.missing');
    expect(grade('优秀')).toBe('fiscal.bad-number');
    expect(grade(100.01)).toBe('fiscal.score-range');
    expect(grade(-1)).toBe('fiscal.score-range');
  });

  it('says the out-of-range score once in each language', () => {
    const r = gradeOf(101);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([{ zh: '得分 101 应在 0–100 之间', en: 'score 101 should be within 0–100' }]);
  });

  it('FISCAL.md §3: grade floors are scheme settings', () => {
    const r = gradeOf(85, { ...fiscalPreset, gradeMin: { 优: 85, 良: 75, 中: 60 } });
    expect(r.ok && r.value).toBe('优');
  });
});

describe('applyResult', () => {
  it('FISCAL.md §4: each grade gives its suggestion, no amount without a percentage', () => {
    expect(applyResult('优').suggestion.zh).toBe('优先安排预算');
    expect(applyResult('良').suggestion.zh).toBe('正常安排预算');
    expect(applyResult('中').suggestion.zh).toBe('调减预算并整改');
    expect(applyResult('差', 100)).toEqual({ suggestion: { zh: '减少或取消预算', en: 'reduce or cancel the budget' }, issues: [] });
  });

  it('FISCAL.md §4: an office adjustment percentage turns the request into a suggested amount', () => {
    const sc = { ...fiscalPreset, application: { ...fiscalPreset.application, 优: { ...fiscalPreset.application.优, adjustPercent: 10 }, 差: { ...fiscalPreset.application.差, adjustPercent: -50 } } };
    expect(applyResult('优', 200, sc).amount).toBe(220);
    expect(applyResult('差', '1,000', sc).amount).toBe(500);
    expect(applyResult('良', 200, sc).amount).toBeUndefined();
    expect(applyResult('优', undefined, sc).amount).toBeUndefined();
  });

  it('a bad requested amount is an issue, not 0', () => {
    const sc = { ...fiscalPreset, application: { ...fiscalPreset.application, 优: { ...fiscalPreset.application.优, adjustPercent: 10 } } };
    const r = applyResult('优', '很多', sc);
    expect(r.amount).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(['fiscal.bad-number']);
  });
});

describe('parseGrade', () => {
  it('reads Chinese and English grade names', () => {
    expect(['优', '良', 'Fair', 'poor', 'B', '好'].map(parseGrade)).toEqual(['优', '良', '中', '差', '良', undefined]);
  });
});
