/**
 * PageSetup (port.ts) in the terms every host shares: Excel, ExcelJS (OOXML) and WPS all write headers and footers
 * with the same codes (&P page, &N pages, && a literal &; &L &C &R start the parts in OOXML) and number paper sizes
 * the same way (xlPaperA4 = 9 = OOXML paperSize 9).
 */
import type { PageSetup, PageText } from './port';
import { parseRange, rectAddress } from './range';

/** Paper sizes by their Excel/OOXML number. */
export const PAPER_CODES: Readonly<Record<PageSetup['paper'], number>> = { A4: 9, A3: 8 };

/** One part of a header or footer as host code: `&` doubled, {page} → &P, {pages} → &N. */
export const pageCode = (text: string): string => text.replace(/&/g, '&&').replace(/\{pages\}/g, '&N').replace(/\{page\}/g, '&P');

/** A whole header or footer in one OOXML string: "&Lleft&Ccentre&Rright" (ExcelJS headerFooter). */
export function pageSections(t: PageText | undefined): string {
  if (!t) return '';
  const part = (code: string, text: string | undefined): string => (text ? `&${code}${pageCode(text)}` : '');
  return `${part('L', t.left)}${part('C', t.center)}${part('R', t.right)}`;
}

/** The title rows as a row reference, "$4:$4" (Excel, WPS) or "4:4" (`absolute` false, ExcelJS). */
export function titleRowsRef(rows: NonNullable<PageSetup['titleRows']>, absolute = true): string {
  const d = absolute ? '$' : '';
  return `${d}${rows.first}:${d}${rows.last}`;
}

/** A print area normalised to "A1:H40" (a bad address: HostError range-invalid, before anything is queued). */
export const printAreaOf = (range: string): string => rectAddress(parseRange(range));

/** "$A$1:$H$40" for hosts that take absolute references. */
export const absoluteArea = (range: string): string => printAreaOf(range).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

export type PagePart = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';

/** The six header and footer parts as host code, "" where the setup gives none (Excel's and WPS's separate properties). */
export function pageParts(setup: PageSetup): Record<PagePart, string> {
  const h = setup.header;
  const f = setup.footer;
  const c = (t: string | undefined): string => pageCode(t ?? '');
  return { leftHeader: c(h?.left), centerHeader: c(h?.center), rightHeader: c(h?.right), leftFooter: c(f?.left), centerFooter: c(f?.center), rightFooter: c(f?.right) };
}
