/**
 * Which rows under a header are data, as offices keep their sheets: blank rows, 合计/小计/平均 rows, group
 * headings (一、乡镇 on a row of its own), notes (注：…), sign-off lines (制表人：…) and a second table further
 * down are not units. Each row that is not data is named in an info issue; a note, a sign-off or a second table
 * ends the table.
 */
import { cleanText, halfWidth, isBlank, readText } from './coerce';
import type { CellValue } from './cell';
import type { Grid } from './grid';
import { namesInRow, normalizeHeader, type HeaderBand } from './header';
import { makeIssue, type Issue } from './issue';
import type { TableSpec } from './table-types';

/** A data row: block row, sheet row, and the group its heading gave (when headings stand for the group column). */
export interface BodyRow {
  readonly r: number;
  readonly row: number;
  readonly group?: { readonly value: string; readonly cell: string } | undefined;
}

export interface Body {
  readonly rows: BodyRow[];
  readonly issues: Issue[];
  /** Group headings stand for spec.groupBy (the header has no column for it). */
  readonly byHeadings: boolean;
  /** How many group headings set a group. */
  readonly headings: number;
}

/** 注：… 说明：… 备注 注1. — a note under the table. */
const NOTE = /^(注意事项|注意|填表说明|填报说明|说明|备注|附注|注)(?:\s*[:、.]|\s*\(?\d|\s|$)/;
/** 制表人：… 审核：… 单位负责人：… 填报日期：… — a sign-off line (the word then a colon). */
const SIGN_OFF = /^[\u4e00-\u9fff]{0,6}?(制表人|制表|审核人|审核|填表人|填报人|填报单位|负责人|审批人|审批|联系人|联系电话|分管领导|主要领导|填报日期|制表日期|报送日期)\s*(?::|$)/;
/** 附表2 … 附件 … — the title of another table below. */
const APPENDIX = /^(附表|附件)/;
/** 合计, 总计, 小计, 平均, 平均分, 乡镇小计, 小计（乡镇）… (normalised: no spaces, half width). */
const TOTAL = /^(?:[\u4e00-\u9fff]{0,8}?(合计|总计|小计|平均分|平均值|平均)(?:[:(].*)?|total|subtotal|grandtotal|average)$/;
/** 一、 （二） 3. 第一部分 — the numbering of a heading. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+\s*[、.](?!\d)|第[一二三四五六七八九十\d]+(?:部分|类|组|批)[、:\s]*)\s*/;

/** Words one of NOTE, SIGN_OFF or APPENDIX needs: a unit's name passes one test, not three. */
const ENDING_WORDS = /注|说明|备注|制表|审核|审批|填表|填报|负责人|联系|领导|日期|附表|附件/;

/** What a row's text says it is, if it is not data: the end of the table (note, sign-off, appendix) or nothing. */
function endOf(text: string): { zh: string; en: string } | undefined {
  if (!ENDING_WORDS.test(text)) return undefined;
  const t = halfWidth(text);
  if (NOTE.test(t)) return { zh: '表下注释', en: 'a note below the table' };
  if (SIGN_OFF.test(t)) return { zh: '签字栏', en: 'a sign-off line' };
  if (APPENDIX.test(t)) return { zh: '另一张表', en: 'another table' };
  return undefined;
}

const isTotal = (v: CellValue | undefined): boolean => typeof v === 'string' && /计|均|total|average/i.test(v) && TOTAL.test(normalizeHeader(v));

/** A heading's text as a group: without its numbering and a trailing (…) note ("一、乡镇（7个）" → 乡镇). */
const headingGroup = (text: string): string => halfWidth(text).replace(NUMBERED, '').replace(/\s*[(（][^)）]*[)）]\s*$/, '').trim() || text;

/** A row's text for messages: the first words. */
const shown = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** The one source of a row's non-blank cells (one cell, or one merged area), or undefined when there are more. */
function singleSource(grid: Grid, r: number, vals: readonly CellValue[]): { c: number; area: number } | undefined {
  let first: { c: number; area: number } | undefined;
  for (let c = 0; c < vals.length; c++) {
    if (isBlank(vals[c])) continue;
    const area = grid.areaAt(r, c);
    if (!first) first = { c, area };
    else if (area < 0 || area !== first.area) return undefined;
  }
  return first;
}

/**
 * The data rows under `band`, in order. The identifying column (spec.key, else the first required text field)
 * and the columns left of it are where 合计 and notes are looked for.
 */
export function readBody(grid: Grid, band: HeaderBand, spec: TableSpec): Body {
  const sheet = grid.origin.sheet;
  const issues: Issue[] = [];
  const rows: BodyRow[] = [];
  const fieldCols = Object.values(band.columns);
  const idKey = spec.key ?? spec.fields.find((f) => f.required && f.type === 'text')?.key ?? spec.fields[0]?.key ?? '';
  const idCol = band.columns[idKey] ?? Math.min(...fieldCols);
  const byHeadings = spec.groupBy !== undefined && band.columns[spec.groupBy] === undefined;
  const groupField = spec.fields.find((f) => f.key === spec.groupBy);
  let group: BodyRow['group'];
  let headings = 0;
  let afterBlank = false;
  const rowAt = (r: number): number => grid.origin.row + r;
  const skip = (r: number, text: string, what: { zh: string; en: string }): void => {
    issues.push(makeIssue('table.row-skipped', { row: rowAt(r), text: shown(text), what: what.zh, whatEn: what.en }, { sheet, row: rowAt(r) }));
  };
  const end = (r: number, text: string, what: { zh: string; en: string }): void => {
    issues.push(makeIssue('table.rows-ignored', { row: rowAt(r), text: shown(text), what: what.zh, whatEn: what.en }, { sheet, row: rowAt(r) }));
  };
  const nextFilled = (r: number): readonly CellValue[] | undefined => {
    for (let i = r + 1; i < grid.values.length; i++) if (!(grid.values[i] ?? []).every(isBlank)) return grid.values[i];
    return undefined;
  };
  for (let r = band.bottom + 1; r < grid.values.length; r++) {
    const vals = grid.values[r] ?? [];
    // The first filled cell up to the identifying column, and a 合计 there.
    let lead: CellValue | undefined;
    let total: string | undefined;
    for (let c = 0; c <= idCol && c < vals.length; c++) {
      const v = vals[c];
      if (isBlank(v)) continue;
      lead ??= v;
      if (total === undefined && isTotal(v)) total = v as string;
    }
    if (lead === undefined && vals.every(isBlank)) {
      afterBlank = true;
      continue;
    }
    const leadText = typeof lead === 'string' ? cleanText(lead) : undefined;
    const ending = leadText === undefined ? undefined : endOf(leadText);
    if (ending) {
      end(r, leadText!, ending);
      break;
    }
    if (total !== undefined) {
      skip(r, cleanText(total), { zh: '合计行', en: 'a total row' });
      continue;
    }
    const one = singleSource(grid, r, vals);
    if (one && one.area >= 0 && grid.areaTop(one.area) < r) continue; // the lower part of a merged cell above
    const text = one && typeof vals[one.c] === 'string' ? cleanText(vals[one.c] as string) : undefined;
    if (text !== undefined) {
      const e = endOf(text);
      if (e) {
        end(r, text, e);
        break;
      }
      const next = afterBlank ? nextFilled(r) : undefined;
      if (next && namesInRow(next, spec.fields) >= 2) {
        end(r, text, { zh: '另一张表', en: 'another table' });
        break;
      }
      // A heading is numbered, or stands left of the identifying column (in 序号); unnumbered text alone in the
      // identifying column is one only where headings must give a required group. Right of it, it is data.
      if (NUMBERED.test(halfWidth(text)) || one!.c < idCol || (one!.c === idCol && byHeadings && groupField?.required === true)) {
        if (byHeadings && groupField) {
          group = { value: headingGroup(text), cell: grid.address(r, one!.c) };
          headings++;
          issues.push(makeIssue('table.group-heading', { row: rowAt(r), text: shown(text), group: group.value, fieldEn: groupField.label.en }, { sheet, row: rowAt(r), field: groupField.label.zh }));
        } else skip(r, text, { zh: '分组标题', en: 'a group heading' });
        afterBlank = false;
        continue;
      }
    }
    if (fieldCols.every((c) => isBlank(vals[c]))) continue; // only a 序号 or a remark outside the table's columns
    if (afterBlank && namesInRow(vals, spec.fields) >= 2) {
      end(r, readText(lead ?? null) ?? '', { zh: '另一张表', en: 'another table' });
      break;
    }
    afterBlank = false;
    rows.push({ r, row: rowAt(r), group });
  }
  return { rows, issues, byHeadings, headings };
}
