import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { execLight } from './light';
import { fiscalPreset } from './preset';

const light = (e: number, b: number, m: CellValue) => {
  const r = execLight(e, b, m);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};

describe('execLight', () => {
  it('FISCAL.md §2: rate = executed/budget, progress = month/12, ratio = rate/progress', () => {
    const v = light(45, 100, 6);
    expect(v.rate).toBe(0.45);
    expect(v.progress).toBe(0.5);
    expect(v.ratio).toBeCloseTo(0.9, 12);
    expect(v.light).toBe('绿');
  });

  it('FISCAL.md §2: ratio exactly 60% is yellow, just below is red', () => {
    expect(light(30, 100, 6).light).toBe('黄');
    expect(light(35, 100, 7).light).toBe('黄'); // 0.35 / (7/12) = 0.6 with binary noise
    expect(light(29.99, 100, 6).light).toBe('红');
  });

  it('FISCAL.md §2: ratio exactly 80% is green, just below is yellow', () => {
    expect(light(40, 100, 6).light).toBe('绿');
    expect(light(70, 100, 12).light).toBe('黄');
    expect(light(39.99, 100, 6).light).toBe('黄');
  });

  it('FISCAL.md §2: budget 0 is yellow with a message', () => {
    const r = execLight(5, 0, 6);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ light: '黄', rate: null, ratio: null });
    expect(r.issues.map((i) => i.code)).toEqual(['fiscal.budget-zero']);
    expect(r.issues[0]!.message.zh).toContain('按黄灯处理');
  });

  it('FISCAL.md §2: month must be a whole 1–12 (0 and 13 are errors)', () => {
    for (const m of [0, 13, 6.5]) {
      const r = execLight(10, 100, m);
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => i.code)).toEqual(['fiscal.month-invalid']);
    }
    expect(light(10, 100, '6月').progress).toBe(0.5);
  });

  it('FISCAL.md §2: a month is read as people write it: 7月, 七月, 十二月, 2026年7月, 第7月, a date or date text', () => {
    for (const m of ['7月', '七月', '７月份', '2026年7月', '第7月', '2026-07-31', '2026年7月31日', new Date(Date.UTC(2026, 6, 31))]) expect(light(35, 100, m).progress).toBe(7 / 12);
    expect(light(100, 100, '十二月').progress).toBe(1);
    expect(execLight(10, 100, '13月').issues.map((i) => i.code)).toEqual(['fiscal.month-invalid']);
    expect(execLight(10, 100, 'July').issues.map((i) => i.code)).toEqual(['fiscal.bad-number']);
    expect(execLight(10, 100, '#N/A').issues.map((i) => i.code)).toEqual(['fiscal.excel-error']);
  });

  it('FISCAL.md §2: a negative budget is an error, not a light', () => {
    const r = execLight(10, -100, 6);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['fiscal.negative']);
  });

  it('FISCAL.md §2: negative executed is an error, blank is not read as 0', () => {
    expect(execLight(-1, 100, 6).issues.map((i) => i.code)).toEqual(['fiscal.negative']);
    const blank = execLight(null, 100, 6);
    expect(blank.ok).toBe(false);
    expect(blank.issues[0]!.code).toBe('fiscal.missing');
  });

  it('names the cell when the caller gives one', () => {
    const r = execLight('abc', 100, 6, fiscalPreset, { executed: { cell: 'C3', field: '执行数', row: 3 } });
    expect(r.issues[0]).toMatchObject({ code: 'fiscal.bad-number', cell: 'C3' });
    expect(r.issues[0]!.message.zh).toBe('C3（执行数）应为数字，实际为“abc”');
  });

  it('FISCAL.md §2: thresholds are scheme settings', () => {
    const r = execLight(45, 100, 6, { ...fiscalPreset, light: { red: 0.95, yellow: 0.99 } });
    expect(r.ok && r.value.light).toBe('红');
  });
});
