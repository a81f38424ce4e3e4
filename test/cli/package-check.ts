/** Does a written .xlsx open in a real spreadsheet application? A valid zip of well-formed XML parts, and a full ExcelJS round trip. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';

export interface PackageReport {
  readonly parts: number;
  readonly badParts: readonly string[];
  readonly sheets: readonly string[];
}

/** Every XML part well-formed, [Content_Types].xml and the workbook part present. */
export async function checkPackage(path: string): Promise<PackageReport> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const bad: string[] = [];
  for (const n of names.filter((x) => /\.(xml|rels)$/.test(x))) {
    if (XMLValidator.validate(await zip.files[n]!.async('string')) !== true) bad.push(n);
  }
  for (const must of ['[Content_Types].xml', 'xl/workbook.xml']) if (!names.includes(must)) bad.push(`missing ${must}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { parts: names.length, badParts: bad, sheets: wb.worksheets.map((w) => w.name) };
}

/** Values of every sheet, as plain rows (for comparing inputs before and after, and across a round trip). */
export function sheetValues(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : v ?? null));
    });
    out[ws.name] = rows;
  }
  return out;
}

/** Load → write → load again: the second load must hold the same sheets and values as the first. */
export async function roundTrip(path: string): Promise<{ before: Record<string, unknown[][]>; after: Record<string, unknown[][]> }> {
  const first = new ExcelJS.Workbook();
  await first.xlsx.readFile(path);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await first.xlsx.writeBuffer());
  return { before: sheetValues(first), after: sheetValues(again) };
}
