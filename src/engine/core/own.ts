/**
 * A lookup in a table of spellings by text the user typed: own keys only, so "constructor", "toString" or
 * "__proto__" typed in a cell never find Object.prototype's members (a function or an object read as a value).
 */
export const ownValue = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
