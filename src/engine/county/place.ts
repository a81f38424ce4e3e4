/** "Sheet!C5" when the sheet is known, "C5" otherwise; the fallback (a unit name, an argument) when there is no cell. */
export const cellAt = (sheet: string | undefined, cell: string | undefined, fallback: string): string =>
  cell === undefined ? fallback : sheet ? `${sheet}!${cell}` : cell;
