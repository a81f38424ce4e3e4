/** The four grades of a self-evaluation, best first (FISCAL.md §3). */
export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** The three verdicts of a qualitative indicator (FISCAL.md §3). */
export const VERDICTS = ['达成', '部分达成', '未达成'] as const;
export type Verdict = (typeof VERDICTS)[number];
