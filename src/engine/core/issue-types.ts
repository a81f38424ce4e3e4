import type { ParamValue } from '../messages/types';
import type { Text } from './text';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A validation problem or a warning, as plain data. One pass collects them all;
 * display is separate. `cell` is an A1 address on `sheet` when the input came from a sheet.
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Text;
  /** The values the two texts were rendered from (its catalogue entry's parameters), for programs and the pane. */
  readonly params?: Readonly<Record<string, ParamValue>>;
  readonly field?: string;
  readonly row?: number;
  readonly cell?: string;
  readonly sheet?: string;
  /** The group a warning is about (county), as its English code. */
  readonly group?: string;
  /** The units (or people, projects) a warning is about. */
  readonly units?: readonly string[];
}
