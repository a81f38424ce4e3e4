import { isAbsolute, relative } from 'node:path';

/** A path as the user would type it: relative to where they stand when inside it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
