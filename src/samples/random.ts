/** A small seeded generator (mulberry32), so the sample workbook is the same on every run and machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to `d` decimals the way a person types a figure (for data, not for scores). */
export const typed = (x: number, d: number): number => Number(x.toFixed(d));
