/** Plain-text output: aligned tables that allow for Chinese characters taking two columns in a terminal. */

// East Asian wide and full-width ranges: CJK, punctuation, full-width forms, Hangul.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** Rows of cells under a header, columns separated by two spaces, trailing spaces trimmed. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => pad(c, widths[i] ?? 0, align[i] ?? 'left')).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A number as people read it: no float noise (95.39999999999999 → 95.4), fixed decimals when asked. */
export function formatNumber(n: number, decimals?: number): string {
  if (decimals !== undefined) return n.toFixed(decimals);
  return String(Number(n.toPrecision(15)));
}
