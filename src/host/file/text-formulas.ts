/**
 * Formulas whose cached value is empty text. Excel and WPS save =IF(…,"",…) as <c t="str"><f>…</f><v></v></c>, and
 * ExcelJS reads that exactly like a formula saved without any value; only the package tells them apart. Read
 * lazily, once per sheet, and only when a block holds a formula without a value.
 */
import { readZipText } from './zip-read';

const decode = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** The package part holding sheet `name` ("xl/worksheets/sheet1.xml"), from the workbook and its relationships. */
async function sheetPart(zip: Uint8Array, name: string): Promise<string | undefined> {
  const workbook = await readZipText(zip, 'xl/workbook.xml');
  const rels = await readZipText(zip, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return undefined;
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)].map((m) => m[1]!).find((attrs) => decode(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '') === name);
  const id = sheet && /\br:id="([^"]*)"/.exec(sheet)?.[1];
  const rel = id && [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => m[1]!).find((attrs) => /\bId="([^"]*)"/.exec(attrs)?.[1] === id);
  const target = rel && /\bTarget="([^"]*)"/.exec(rel)?.[1];
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** A1 addresses of the sheet's formula cells whose cached value is empty text. */
export async function emptyTextFormulas(zip: Uint8Array, sheet: string): Promise<Set<string>> {
  const out = new Set<string>();
  const part = await sheetPart(zip, sheet);
  const xml = part === undefined ? undefined : await readZipText(zip, part);
  if (!xml) return out;
  for (const m of xml.matchAll(/<c\b([^>]*?\bt="str"[^>/]*)>([\s\S]*?)<\/c>/g)) {
    const body = m[2]!;
    if (!body.includes('<f') || /<v>[^<]/.test(body)) continue;
    const r = /\br="([A-Z]+\d+)"/.exec(m[1]!)?.[1];
    if (r) out.add(r);
  }
  return out;
}
