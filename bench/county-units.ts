/**
 * Seeded county units as a county summary holds them (the CLI and functions benches share them): each group's parts
 * within its shares, a few bonuses and deductions outside 古城, a few vetoes and 不合格 designations.
 */
import { seeded } from '../src/samples/random';

export interface BenchUnit {
  readonly name: string;
  readonly group: '乡镇' | '部门' | '古城';
  readonly indicator: number;
  readonly public: number | null;
  readonly leader: number;
  /** null for 古城, which has no adjustments. */
  readonly bonus: number | null;
  readonly deduction: number | null;
  readonly veto: string | null;
  readonly unqualified: string | null;
}

const GROUPS = ['乡镇', '部门', '古城'] as const;
const round2 = (x: number): number => Math.round(x * 100) / 100;

export function countyUnits(n: number, seed = n): BenchUnit[] {
  const rnd = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const group = GROUPS[i % 3]!;
    const f = 0.55 + 0.45 * rnd();
    const [indicator, pub, leader] = group === '乡镇' ? [90 * f, null, 10 * f] : group === '部门' ? [60 * f, 30 * f, 10 * f] : [70 * f, null, 30 * f];
    const adjusted = group !== '古城';
    return {
      name: `单位${String(i + 1).padStart(5, '0')}`,
      group,
      indicator: round2(indicator),
      public: pub === null ? null : round2(pub),
      leader: round2(leader),
      bonus: adjusted ? (rnd() < 0.1 ? 2 : 0) : null,
      deduction: adjusted ? (rnd() < 0.1 ? 0.5 : 0) : null,
      veto: rnd() < 0.01 ? '一票否决' : null,
      unqualified: rnd() < 0.002 ? '失职渎职' : null,
    };
  });
}
