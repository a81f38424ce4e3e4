/**
 * A written .xlsx read back as its parts (no ExcelJS in between): a sheet's XML by its tab name, and the workbook's
 * defined names — what Excel, WPS and LibreOffice print from.
 */
import { readZipText } from '../../src/host/file/zip-read';

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (t: string): string => t.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface PrintedSheet {
  readonly xml: string;
  /** The <pageSetup> element's attributes. */
  readonly pageSetup: Record<string, string>;
  /** <sheetPr><pageSetUpPr fitToPage="1"/>. */
  readonly fitToPage: boolean;
  readonly horizontalCentered: boolean;
  readonly oddHeader: string | undefined;
  readonly oddFooter: string | undefined;
  /** <mergeCell ref> of the sheet. */
  readonly merges: string[];
  /** Defined names of the sheet (_xlnm.Print_Titles, _xlnm.Print_Area) → their formula. */
  readonly names: Record<string, string>;
}

export async function printedSheet(bytes: Uint8Array, sheet: string): Promise<PrintedSheet> {
  const workbook = (await readZipText(bytes, 'xl/workbook.xml'))!;
  const rels = (await readZipText(bytes, 'xl/_rels/workbook.xml.rels'))!;
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const index = sheets.findIndex((t) => unescape(attr(t, 'name') ?? '') === sheet);
  if (index < 0) throw new Error(`no sheet ${sheet}`);
  const rid = attr(sheets[index]!, 'r:id')!;
  const target = attr([...rels.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === rid)!, 'Target')!;
  const xml = (await readZipText(bytes, `xl/${target.replace(/^\/?xl\//, '')}`))!;
  const setup = /<pageSetup\b[^>]*\/>/.exec(xml)?.[0] ?? '';
  const pageSetup = Object.fromEntries([...setup.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const text = (tag: string): string | undefined => {
    const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
    return m ? unescape(m[1]!) : undefined;
  };
  const names: Record<string, string> = {};
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    if (attr(m[1]!, 'localSheetId') === String(index)) names[attr(m[1]!, 'name')!] = unescape(m[2]!);
  }
  return {
    xml,
    pageSetup,
    fitToPage: /<pageSetUpPr\b[^>]*fitToPage="1"/.test(xml),
    horizontalCentered: /<printOptions\b[^>]*horizontalCentered="1"/.test(xml),
    oddHeader: text('oddHeader'),
    oddFooter: text('oddFooter'),
    merges: [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]!),
    names,
  };
}
