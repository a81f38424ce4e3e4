/**
 * The scheme editor's form as data: groups of fields, each bound to a dotted path of the scheme. A group's `key`
 * is the path prefix whose issues it shows (the engine reports "weights sum to 105%" on `items`, a group's shares
 * on `groups.township.shares`), so every issue of validateScheme lands beside what it is about.
 */
import type { Text } from '../../engine';

export type FieldKind =
  | { readonly type: 'number'; readonly percent?: boolean; readonly int?: boolean; readonly blank?: 'null' | 'absent' }
  | { readonly type: 'select'; readonly options: readonly { readonly value: string; readonly label: Text }[]; readonly blank?: 'absent' }
  | { readonly type: 'switch' }
  | { readonly type: 'text' }
  | { readonly type: 'multi'; readonly options: readonly { readonly value: string; readonly label: Text }[] };

export interface FieldDef {
  /** Dotted path in the scheme ("groups.township.advanced.floor"); within a table, the path in the row. */
  readonly path: string;
  readonly label: Text;
  readonly kind: FieldKind;
}

export interface TableDef {
  readonly path: string;
  readonly columns: readonly FieldDef[];
  /** A new row. */
  readonly blank: (index: number) => Record<string, unknown>;
  /** An optional table: no rows = the setting absent. */
  readonly optional?: boolean;
}

export interface GroupDef {
  /** Issues whose field starts with this key (and match no field exactly) show on the group. */
  readonly key: string;
  readonly label: Text;
  readonly fields: readonly FieldDef[];
  readonly table?: TableDef;
}

const t = (zh: string, en: string): Text => ({ zh, en });

export const num = (path: string, zh: string, en: string, o: Omit<Extract<FieldKind, { type: 'number' }>, 'type'> = {}): FieldDef => ({ path, label: t(zh, en), kind: { type: 'number', ...o } });
export const pct = (path: string, zh: string, en: string, blank?: 'null' | 'absent'): FieldDef => num(path, `${zh}（%）`, `${en} (%)`, { percent: true, ...(blank ? { blank } : {}) });
export const pick = (path: string, zh: string, en: string, options: readonly (readonly [string, string, string])[], blank?: 'absent'): FieldDef => ({
  path,
  label: t(zh, en),
  kind: { type: 'select', options: options.map(([value, z, e]) => ({ value, label: t(z, e) })), ...(blank ? { blank } : {}) },
});
export const flag = (path: string, zh: string, en: string): FieldDef => ({ path, label: t(zh, en), kind: { type: 'switch' } });
export const text = (path: string, zh: string, en: string): FieldDef => ({ path, label: t(zh, en), kind: { type: 'text' } });
export const group = (key: string, zh: string, en: string, fields: readonly FieldDef[], table?: TableDef): GroupDef => ({ key, label: t(zh, en), fields, ...(table ? { table } : {}) });
