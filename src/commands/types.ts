import type { CellValue, Issue } from '../engine';
import type { ChartSpec, ColorRule, PageSetup, RangeFormat } from '../host/port';

/** A command that stops without writing (a user's sheet in the way, no table found): the issue saying why. */
export class CommandRefusal extends Error {
  constructor(readonly issue: Issue) {
    super(`${issue.message.zh} / ${issue.message.en}`);
    this.name = 'CommandRefusal';
  }
}

/** A rectangle of values to write, its top-left cell 1-based; `textColumns` are stored as text (codes, evidence numbers). */
export interface PlanBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly textColumns?: readonly number[];
}

/** Everything a command writes to one sheet, as data: built pure, applied by the host in one batch. */
export interface SheetPlan {
  readonly name: string;
  readonly blocks: readonly PlanBlock[];
  /** Range formats (header rows, number formats, column widths): by range, never cell by cell. */
  readonly formats: readonly { readonly range: string; readonly fmt: RangeFormat }[];
  /** Conditional colours (tiers), host-evaluated. */
  readonly conditional: readonly { readonly range: string; readonly rules: readonly ColorRule[] }[];
  /** Drop-down lists: range → allowed values. */
  readonly lists: readonly { readonly range: string; readonly items: readonly string[] }[];
  /** Drawn only where the host has charts. */
  readonly chart?: ChartSpec | undefined;
  /** Areas merged into one cell (titles), after the values are written. */
  readonly merges?: readonly string[] | undefined;
  /** How the sheet prints. */
  readonly page?: PageSetup | undefined;
}

/** What every command returns beside its own fields: the issues found, Chinese and English. */
export interface CommandIssues {
  readonly issues: readonly Issue[];
}
