/**
 * Whether a package is perf's own output, told from its settings sheet's XML alone: opening the whole workbook with
 * ExcelJS to read one setting cost a 50,000-unit rerun 7 s and 250 MB. Only a sure yes is answered here (the
 * settings sheet holds the owned-sheets key with a value); anything else — another layout, a part this reader does
 * not follow — is "not known", and the caller opens the workbook as before.
 */
import { OWNED_SHEETS_KEY, SETTINGS_SHEET } from '../host/port';
import { inflateCapped } from '../host/file/io';
import { readZipText } from '../host/file/zip-read';
import { inspectPackage } from '../host/file/zip-guard';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → its characters (the five named entities and numeric references). */
const unescapeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!);

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
};

/** The text of an <si> or <is> element: its <t> runs joined, phonetic runs (<rPh>) left out. */
const runsText = (xml: string): string =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');

/** The i-th shared string, or undefined when there is no such string. */
function sharedString(xml: string, i: number): string | undefined {
  let at = 0;
  for (let n = 0; ; n++) {
    const open = xml.indexOf('<si', at);
    if (open < 0) return undefined;
    const close = xml.indexOf('</si>', open);
    const selfClosed = xml.startsWith('<si/>', open);
    if (n === i) return selfClosed ? '' : close < 0 ? undefined : runsText(xml.slice(open, close));
    at = selfClosed ? open + 5 : close + 5;
  }
}

/** True when the package's settings sheet records sheets perf owns; undefined when that cannot be told this way. */
export async function ownsSheetsByXml(zip: Uint8Array): Promise<true | undefined> {
  // The same inspection as opening it (zip-guard.ts): a bomb or an entity-laden part is never inflated here.
  if (!inspectPackage(zip, inflateCapped).ok) return undefined;
  const book = await readZipText(zip, 'xl/workbook.xml');
  const sheetTag = book && [...book.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'name')?.toLowerCase() === SETTINGS_SHEET);
  const id = sheetTag && attr(sheetTag, 'r:id');
  const rels = id && (await readZipText(zip, 'xl/_rels/workbook.xml.rels'));
  const rel = rels && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === id);
  const target = rel && attr(rel, 'Target');
  if (!target) return undefined;
  const sheet = await readZipText(zip, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  if (!sheet) return undefined;
  let shared: string | undefined | null = null;
  const text = async (cell: string): Promise<string | undefined> => {
    const type = attr(cell, 't');
    if (type === 'inlineStr') return runsText(/<is>([\s\S]*?)<\/is>/.exec(cell)?.[1] ?? '');
    const v = /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1];
    if (v === undefined) return undefined;
    if (type !== 's') return unescapeXml(v);
    if (shared === null) shared = await readZipText(zip, 'xl/sharedStrings.xml');
    return shared === undefined ? undefined : sharedString(shared, Number(v));
  };
  for (const row of sheet.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = [...row[1]!.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => m[0]);
    const at = (col: string): string | undefined => cells.find((c) => /^[A-Z]+/.exec(attr(c, 'r') ?? '')?.[0] === col);
    const key = at('A');
    const value = at('B');
    if (key && value && (await text(key)) === OWNED_SHEETS_KEY && ((await text(value)) ?? '') !== '') return true;
  }
  return undefined;
}
