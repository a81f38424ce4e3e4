/**
 * docs/notice.png: the first printed page of the 通报 the county sample gets (`npx tsx scripts/notice-picture.ts`).
 * No LibreOffice: the 通报 sheet is written by the command into an .xlsx, read back cell by cell with ExcelJS (values,
 * merges, fonts, alignment, borders, fills, number formats, column widths, row heights, the header and footer), drawn
 * as an HTML page the size of A4 portrait scaled to its width as the page setup asks, and screenshotted by the
 * headless Chromium the e2e tests use. It is a rendering of the package, not a photo of a printer's output.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateNotice, NOTICE_SHEET, rankAndTier } from '../src/commands';
import { FileWorkbook } from '../src/host/xlsx';
import { countySampleSheets } from '../src/samples';
import { launch } from '../test/e2e/chromium';

const ROOT = join(import.meta.dirname, '..');
const NOW = new Date('2027-01-15T01:30:00Z');

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell's value as the number format shows it ("0.00", "0", "0.0#%"); text as is. */
function shown(v: ExcelJS.CellValue, fmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v);
  if (fmt?.endsWith('%')) return `${(v * 100).toFixed(1)}%`;
  const d = /^0\.(0+)$/.exec(fmt ?? '')?.[1]?.length;
  return d !== undefined ? v.toFixed(d) : String(v);
}

/** "&L…&C…&R…" with &P/&N: the three parts of a header or footer for page `page` of `pages`. */
function parts(code: string | undefined, page: number, pages: number): [string, string, string] {
  const out: [string, string, string] = ['', '', ''];
  for (const m of (code ?? '').matchAll(/&([LCR])((?:[^&]|&&|&[PN])*)/g)) {
    out['LCR'.indexOf(m[1]!)] = m[2]!.replace(/&P/g, String(page)).replace(/&N/g, String(pages)).replace(/&&/g, '&');
  }
  return out;
}

async function main(): Promise<void> {
  const wb = FileWorkbook.create(countySampleSheets());
  await rankAndTier(wb, { now: NOW });
  const out = await generateNotice(wb, { title: 'XX县2026年度绩效考核结果通报', org: 'XX县绩效考核办公室', date: { y: 2027, m: 1, d: 15 }, now: NOW });
  if (!out.written) throw new Error(JSON.stringify(out.issues.map((i) => i.message.zh)));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await wb.toBuffer()) as unknown as ArrayBuffer);
  const ws = book.getWorksheet(NOTICE_SHEET)!;
  const merges = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of (ws.model as unknown as { merges: string[] }).merges) {
    const [a, b] = m.split(':').map((x) => ws.getCell(x!));
    merges.set(a!.address, { rows: Number(b!.row) - Number(a!.row) + 1, cols: Number(b!.col) - Number(a!.col) + 1 });
    for (let r = Number(a!.row); r <= Number(b!.row); r++) for (let c = Number(a!.col); c <= Number(b!.col); c++) if (r !== Number(a!.row) || c !== Number(a!.col)) covered.add(`${r}:${c}`);
  }
  const cols = ws.columnCount;
  // Excel's column width is in characters of the default font: about 7 px each, plus padding.
  const widths = Array.from({ length: cols }, (_, i) => Math.round((ws.getColumn(i + 1).width ?? 8.43) * 7 + 5));
  const rows: { html: string }[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const tds: string[] = [];
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = row.getCell(c);
      const m = merges.get(cell.address);
      const style: string[] = [];
      if (cell.font?.bold) style.push('font-weight:bold');
      style.push(`font-size:${cell.font?.size ?? 11}pt`);
      const align = cell.alignment?.horizontal ?? (typeof cell.value === 'number' ? 'right' : 'left');
      style.push(`text-align:${align}`);
      style.push(cell.alignment?.wrapText ? 'white-space:normal' : 'white-space:nowrap');
      if (cell.border?.top) style.push('border:1px solid #000');
      const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      if (fill) style.push(`background:#${fill.slice(-6)}`);
      const font = cell.font?.color?.argb;
      if (font) style.push(`color:#${font.slice(-6)}`);
      const span = m ? ` colspan="${m.cols}" rowspan="${m.rows}"` : '';
      tds.push(`<td${span} style="${style.join(';')}">${esc(shown(cell.value, cell.numFmt))}</td>`);
    }
    const px = Math.round(((row.height ?? 15) * 4) / 3);
    rows.push({ html: `<tr style="height:${px}px">${tds.join('')}</tr>` });
  }
  // A4 at 96 dpi, 0.7 in margins left and right, 0.75 in top and bottom; the table scaled to the printable width.
  const page = { w: 794, h: 1123, mx: 67, my: 72 };
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const scale = Math.min(1, (page.w - 2 * page.mx) / tableWidth);
  const hf = ws.headerFooter;
  const [hl, , hr] = parts(hf.oddHeader, 1, 1);
  const html = `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;background:#888;font-family:"WenQuanYi Micro Hei",sans-serif}
    .page{position:relative;width:${page.w}px;height:${page.h}px;background:#fff;overflow:hidden}
    .hf{position:absolute;left:${page.mx}px;right:${page.mx}px;font-size:8pt;color:#333;display:flex;justify-content:space-between}
    .sheet{position:absolute;top:${page.my}px;left:${page.mx + ((page.w - 2 * page.mx) - tableWidth * scale) / 2}px;transform:scale(${scale});transform-origin:0 0}
    table{border-collapse:collapse;table-layout:fixed}td{padding:1px 4px;overflow:hidden;vertical-align:middle;line-height:1.35}
  </style><div class="page">
    <div class="hf" style="top:28px"><span>${esc(hl)}</span><span>${esc(hr)}</span></div>
    <div class="sheet"><table><colgroup>${widths.map((w) => `<col style="width:${w}px">`).join('')}</colgroup>${rows.map((r) => r.html).join('')}</table></div>
    <div class="hf" style="bottom:26px;justify-content:center"><span id="footer"></span></div>
  </div>`;
  const launched = await launch({ locale: 'zh-CN', viewport: { width: page.w, height: page.h } });
  try {
    const tab = await launched.context.newPage();
    await tab.setContent(html);
    // Pages break between rows, as a printer breaks them: rows past the first page's printable height are left out,
    // and the page count in the footer is the number of such pages the table fills.
    const pages = await tab.evaluate((avail) => {
      const trs = [...document.querySelectorAll('tr')];
      const boxes = trs.map((tr) => ({ top: tr.offsetTop, bottom: tr.offsetTop + tr.offsetHeight }));
      let count = 1;
      let start = 0;
      boxes.forEach((b, i) => {
        if (b.bottom - start > avail) {
          count += 1;
          start = b.top;
        }
        if (count > 1) trs[i]!.remove();
      });
      return count;
    }, (page.h - 2 * page.my) / scale);
    const [, fc] = parts(hf.oddFooter, 1, pages);
    await tab.evaluate((text) => void (document.getElementById('footer')!.textContent = text), fc);
    const png = await tab.locator('.page').screenshot({ type: 'png' });
    writeFileSync(join(ROOT, 'docs/notice.png'), png);
  } finally {
    await launched.close();
  }
}

void main();
