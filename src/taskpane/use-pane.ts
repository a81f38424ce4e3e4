/**
 * The pane's state: the last ranking and validation (read through model.ts), the ribbon's and the pane's command
 * status, work in progress, and the unit 解释 shows — following the workbook's selection.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TemplateKind } from '../commands';
import type { OutcomeText } from '../commands/outcome-text';
import { lastStatus, onStatus, publishStatus, type CommandStatus } from '../commands/status';
import type { Workbook } from '../host/port';
import { allUnits, rankIssues, rankView, unitAt, validateIssues, type IssuesView, type RankView, type UnitView } from './model';
import type { PaneHost, Selection } from './pane-host';

/** Work that lasts longer than this shows a progress bar. */
export const SLOW_MS = 1000;

export type CommandName = CommandStatus['command'];

/** The pane runs commands as the ribbon does (same status, errors shown, never swallowed), but the pane is open already. */
const PANE_OPEN = { showPane: async () => {} };

/**
 * Each command (with the engine and its zod schemas) is loaded at its first use, in chunks of their own: 排名定档
 * does not wait for the templates 插入模板 writes.
 */
const COMMANDS = {
  rankAndTier: () => import(/* webpackChunkName: "rank" */ '../commands/rank-and-tier'),
  validateSubmission: () => import(/* webpackChunkName: "validate" */ '../commands/validate-submission'),
  insertTemplate: () => import(/* webpackChunkName: "template" */ '../commands/insert-template'),
  generateNotice: () => import(/* webpackChunkName: "notice" */ '../commands/notice'),
} as const;
const loadRunner = () => import(/* webpackChunkName: "runner" */ './commands-chunk');
type Runner = Awaited<ReturnType<typeof loadRunner>>;
type Module<N extends CommandName> = Awaited<ReturnType<(typeof COMMANDS)[N]>>;

export interface PaneState {
  readonly status: CommandStatus | undefined;
  readonly busy: CommandName | null;
  readonly slow: boolean;
  readonly rank: RankView | null;
  readonly issues: IssuesView | null;
  readonly units: readonly UnitView[];
  readonly selected: UnitView | undefined;
  /** Bumped when another workbook is opened (the scheme is read again). */
  readonly bookKey: number;
  rankNow(): Promise<RankView | undefined>;
  validateNow(sheet?: string | null): Promise<IssuesView | undefined>;
  insertTemplateNow(kind?: TemplateKind): Promise<void>;
  /** 生成通报 over the pane's workbook. */
  noticeNow(): Promise<void>;
  pick(key: string): void;
  newBook(): void;
}

export function usePane(host: PaneHost): PaneState {
  const [status, setStatus] = useState<CommandStatus | undefined>(() => lastStatus());
  const [busy, setBusy] = useState<CommandName | null>(null);
  const [slow, setSlow] = useState(false);
  const [rank, setRank] = useState<RankView | null>(null);
  const [issues, setIssues] = useState<IssuesView | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [bookKey, setBookKey] = useState(0);
  const units = allUnits(rank);
  const unitsRef = useRef(units);
  unitsRef.current = units;

  useEffect(() => onStatus(setStatus), []);

  // 解释 follows the selection: the unit read from the selected row, else the unit named in that row.
  useEffect(() => {
    let off: (() => void) | undefined;
    let live = true;
    const follow = async (sel: Selection) => {
      let u = unitAt(unitsRef.current, sel);
      if (!u && unitsRef.current.length > 0) {
        const row = /\d+/.exec(sel.address)?.[0];
        const values = row ? (await host.workbook().readTable(sel.sheet, `A${row}:Z${row}`)).values[0] : undefined;
        u = unitAt(unitsRef.current, sel, values ?? []);
      }
      if (u && live) setSelectedKey(u.key);
    };
    void host.onSelection((sel) => void follow(sel).catch((e: unknown) => console.error(e))).then((o) => (live ? (off = o) : o()));
    return () => {
      live = false;
      off?.();
    };
  }, [host]);

  const command = useCallback(
    async <N extends CommandName, T>(name: N, work: (c: Module<N>, wb: Workbook) => Promise<T>, describe: (r: Runner) => (t: T) => OutcomeText): Promise<T | undefined> => {
      setBusy(name);
      const timer = setTimeout(() => setSlow(true), SLOW_MS);
      let out: T | undefined;
      try {
        const loaded = await Promise.all([COMMANDS[name]() as Promise<Module<N>>, loadRunner()]).catch((e: unknown) => {
          // The command's code could not be loaded (the server went away): said in the status line, like any failure.
          const why = e instanceof Error ? e.message : String(e);
          publishStatus({ command: name, state: 'failed', message: { zh: `无法加载命令：${why}`, en: `Cannot load the command: ${why}` }, at: new Date().toISOString() });
          return undefined;
        });
        if (!loaded) return undefined;
        const [c, r] = loaded;
        await r.runFromRibbon(name, async () => (out = await host.run((wb) => work(c, wb))), describe(r), PANE_OPEN, () => {});
      } finally {
        clearTimeout(timer);
        setBusy(null);
        setSlow(false);
      }
      return out;
    },
    [host],
  );

  const rankNow = async (): Promise<RankView | undefined> => {
    const now = new Date(); // one stamp, so a replay (the preview's save) writes the same
    const o = await command('rankAndTier', (c, wb) => c.rankAndTier(wb, { now }), (c) => c.rankTextOf);
    if (!o) return undefined;
    const v = rankView(o);
    setRank(v);
    setIssues(rankIssues(v));
    return v;
  };
  const validateNow = async (sheet?: string | null): Promise<IssuesView | undefined> => {
    const o = await command('validateSubmission', (c, wb) => c.validateSubmission(wb, sheet ? { sheet } : {}), (c) => c.validateText);
    if (!o) return undefined;
    const v = validateIssues(o);
    setIssues(v);
    return v;
  };
  const insertTemplateNow = async (kind?: TemplateKind): Promise<void> => {
    await command('insertTemplate', (c, wb) => c.insertTemplate(wb, kind), (c) => c.templateText);
  };

  const noticeNow = async (): Promise<void> => {
    const now = new Date();
    await command('generateNotice', (c, wb) => c.generateNotice(wb, { now }), (c) => c.noticeTextOf);
  };

  return {
    status, busy, slow, rank, issues, units, bookKey,
    selected: units.find((u) => u.key === selectedKey),
    rankNow, validateNow, insertTemplateNow, noticeNow,
    pick: setSelectedKey,
    newBook() {
      setRank(null);
      setIssues(null);
      setSelectedKey(null);
      setBookKey((k) => k + 1);
    },
  };
}
