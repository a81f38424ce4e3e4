/** The 通报 as the terminal shows it: its text rows as lines, each table aligned (numbers right), as the sheet has it. */
import { cellText } from '../commands/notice-layout';
import type { Notice, NoticeRow } from '../engine';
import { formatTable, type Align } from './print';

export function noticeText(notice: Notice): string {
  const out: string[] = [];
  let table: NoticeRow[] = [];
  const flush = (): void => {
    const [header, ...body] = table;
    table = [];
    if (!header) return;
    const formats = body[0]?.formats ?? header.formats ?? [];
    const align: Align[] = formats.map((f) => (f === 'text' ? 'left' : 'right'));
    out.push(formatTable(header.cells.map((c) => String(c ?? '')), body.map((r) => r.cells.map((c, i) => cellText(c, r.formats?.[i], notice.precision))), align));
  };
  for (const r of notice.rows) {
    if (r.role === 'table-header') flush();
    if (r.role === 'table-header' || r.role === 'table-row') {
      table.push(r);
      continue;
    }
    flush();
    out.push(String(r.cells[0] ?? ''));
  }
  flush();
  return out.join('\n');
}
