/**
 * The offline page's view of its workbook: sheet tabs and a simple grid of the active sheet's used range, read
 * through the Workbook port. Cells with issues are tinted by severity; the selected cell is aria-selected.
 * A click or the arrow keys select a cell, as in a spreadsheet (解释 follows).
 */
import { Caption1, makeStyles, mergeClasses, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { a1, type CellValue, type Issue, type Severity } from '../../engine';
import type { Block } from '../../host/port';
import { useLang } from '../i18n';
import { fill, UI } from '../ui-text';
import type { PreviewHost } from './preview-host';

/** Rows drawn at most (the sample's longest sheet has ~500). */
export const MAX_ROWS = 1000;
/** Each column's width, in em. */
const COL_EM = 9;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', gap: tokens.spacingVerticalXS },
  scroll: { overflow: 'auto', flex: 1, border: `1px solid ${tokens.colorNeutralStroke2}`, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  // Fixed layout: every column as wide as the next, long text cut with an ellipsis, numbers in view at the right.
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, padding: '0 4px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  rowHead: { position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, padding: '0 4px', border: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'right' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', cursor: 'cell' },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
});

const shown = (v: CellValue): string => {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(Number(v.toPrecision(10)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
};

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** The worst severity of the issues on each cell of `sheet` (A1 → severity). */
function issueCells(issues: readonly Issue[], sheet: string): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const i of issues) {
    if (i.sheet !== sheet || i.cell === undefined) continue;
    const cell = i.cell.toUpperCase();
    const was = out.get(cell);
    if (!was || RANK[i.severity] > RANK[was]) out.set(cell, i.severity);
  }
  return out;
}

const colName = (c: number): string => a1(1, c).replace(/\d+$/, '');

interface Props {
  readonly host: PreviewHost;
  readonly issues: readonly Issue[];
}

export function SheetGrid({ host, issues }: Props) {
  const styles = useStyles();
  const { t } = useLang();
  const [view, setView] = useState<{ sheets: string[]; active: string; block: Block } | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const wb = host.workbook();
      const [sheets, active] = await Promise.all([wb.sheetNames(), wb.activeSheet()]);
      const block = await wb.readTable(active);
      if (live) setView({ sheets, active, block });
    };
    void load();
    const off = host.onChange(() => void load());
    return () => {
      live = false;
      off();
    };
  }, [host]);

  if (view === null) return null;
  const { sheets, active, block } = view;
  const sel = host.selection?.sheet === active ? host.selection.address : null;
  const marks = issueCells(issues, active);
  const rows = block.values.slice(0, MAX_ROWS);
  const width = Math.max(0, ...block.values.map((r) => r.length));
  const top = block.origin.row;
  const left = block.origin.col;
  const cellId = (address: string) => `perf-cell-${address}`;
  const move = (e: KeyboardEvent) => {
    const d = ({ ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] } as Record<string, [number, number]>)[e.key];
    if (!d) return;
    e.preventDefault();
    const m = /^([A-Z]+)(\d+)$/.exec(sel ?? '');
    const row = m ? Number(m[2]) : top;
    const col = m ? [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : left;
    const r = Math.min(Math.max(top, row + d[0]), top + Math.max(rows.length, 1) - 1);
    const c = Math.min(Math.max(left, col + d[1]), left + Math.max(width, 1) - 1);
    void host.select(active, a1(r, c));
  };

  return (
    <div className={styles.root}>
      <TabList size="small" selectedValue={active} onTabSelect={(_, d) => void host.activate(String(d.value))} aria-label={t(UI.sheets)}>
        {sheets.map((s) => (
          <Tab key={s} value={s}>
            {s}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.scroll}
        role="grid"
        aria-label={active}
        aria-readonly="true"
        tabIndex={0}
        onKeyDown={move}
        {...(sel ? { 'aria-activedescendant': cellId(sel) } : {})}
      >
        <table className={styles.table} role="presentation" style={{ width: `${3 + width * COL_EM}em` }}>
          <colgroup>
            <col style={{ width: '3em' }} />
            {Array.from({ length: width }, (_, c) => (
              <col key={c} style={{ width: `${COL_EM}em` }} />
            ))}
          </colgroup>
          <thead role="rowgroup">
            <tr role="row">
              <th className={styles.head} role="columnheader" aria-label={t(UI.sheets)} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={styles.head} role="columnheader">
                  {colName(left + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((r, i) => (
              <tr key={i} role="row">
                <th className={styles.rowHead} role="rowheader">
                  {top + i}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const address = a1(top + i, left + c);
                  const v = r[c] ?? null;
                  const mark = marks.get(address);
                  return (
                    <td
                      key={c}
                      id={cellId(address)}
                      role="gridcell"
                      data-cell={address}
                      aria-selected={address === sel}
                      className={mergeClasses(styles.cell, typeof v === 'number' && styles.number, mark && styles[mark], address === sel && styles.selected)}
                      title={shown(v)}
                      onClick={() => void host.select(active, address)}
                    >
                      {shown(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {block.values.length > MAX_ROWS && <Caption1>{fill(t(UI.rowsShown), { n: MAX_ROWS })}</Caption1>}
    </div>
  );
}
