/**
 * 汇总: the month's submission files dropped or picked here are read in the page (bytes → a file workbook, nothing
 * uploaded), checked and merged into the open workbook by the consolidate command (src/commands/consolidate.ts),
 * which writes 月报汇总, the 指标 actuals and 汇总情况 into it. Progress per file; the report below.
 */
import { Badge, Button, Caption1, Checkbox, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { ConsolidateResult, SubmissionFile } from '../../commands/consolidate';
import type { FiledIssue } from '../../engine';
import { useLang } from '../i18n';
import type { PaneHost } from '../pane-host';
import { MERGE_TEXT as T } from './merge-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  drop: { border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  over: { backgroundColor: tokens.colorNeutralBackground1Hover },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', overflowWrap: 'anywhere' },
});

export type FileState = 'waiting' | 'reading' | 'read' | 'unreadable' | 'checked' | 'merged' | 'quarantined';
const BADGE: Readonly<Record<FileState, 'informative' | 'success' | 'danger' | 'warning' | 'subtle'>> = {
  waiting: 'subtle', reading: 'informative', read: 'informative', checked: 'informative', unreadable: 'danger', merged: 'success', quarantined: 'danger',
};

interface Row {
  readonly name: string;
  readonly state: FileState;
  readonly note?: string | undefined;
}

/** A picked file's bytes; FileReader where Blob.arrayBuffer is missing (older embedded browsers, jsdom). */
function bytesOf(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === 'function') return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((done, fail) => {
    const r = new FileReader();
    r.onload = () => done(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => fail(r.error ?? new Error(f.name));
    r.readAsArrayBuffer(f);
  });
}

/** The files' final states from the command's result: merged, or quarantined (nothing of it merged). */
function finalStates(rows: readonly Row[], r: ConsolidateResult): Row[] {
  const quarantined = new Set([...r.unread.map((u) => u.file), ...(r.outcome?.quarantined.map((q) => q.file) ?? [])]);
  const merged = new Set(r.outcome?.merged.map((m) => m.file));
  return rows.map((x) => (x.state === 'unreadable' ? x : { ...x, state: quarantined.has(x.name) ? 'quarantined' : merged.has(x.name) ? 'merged' : 'checked' }));
}

export function MergeSection({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const { t, lang } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<readonly File[]>([]);
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [result, setResult] = useState<ConsolidateResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const choose = (list: FileList | null) => {
    const picked = [...(list ?? [])].filter((f) => /\.(xlsx|xlsm|csv)$/i.test(f.name));
    setFiles(picked);
    setRows(picked.map((f) => ({ name: f.name, state: 'waiting' })));
    setResult(null);
    setFailure(null);
  };
  const setState = (name: string, state: FileState, note?: string) => setRows((cur) => cur.map((r) => (r.name === name ? { name, state, note } : r)));

  const run = async () => {
    setBusy(true);
    setResult(null);
    setFailure(null);
    try {
      const [{ FileWorkbook }, { consolidate }] = await Promise.all([import(/* webpackChunkName: "files" */ '../../host/xlsx'), import(/* webpackChunkName: "consolidate" */ '../../commands/consolidate')]);
      const opened: SubmissionFile[] = [];
      for (const f of files) {
        setState(f.name, 'reading');
        try {
          opened.push({ file: f.name, wb: await FileWorkbook.fromBuffer(await bytesOf(f), f.name) });
          setState(f.name, 'read');
        } catch (e) {
          setState(f.name, 'unreadable', e instanceof Error ? e.message : String(e));
        }
      }
      const r = await host.run((wb) => consolidate(wb, opened, { force, onFile: (name) => setState(name, 'checked') }));
      setRows((cur) => finalStates(cur, r));
      setResult(r);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    choose(e.dataTransfer.files);
  };

  const o = result?.outcome ?? null;
  // The quarantined files' own issues first (what to fix before sending again), then the run's.
  const quarantinedIssues: FiledIssue[] = (o?.quarantined ?? []).flatMap((q) => q.issues.map((i) => ({ ...i, file: q.file })));
  const problems: readonly FiledIssue[] = [...quarantinedIssues, ...(result?.issues ?? [])].filter((i) => i.severity !== 'info');
  return (
    <div className={styles.root}>
      <div
        className={over ? `${styles.drop} ${styles.over}` : styles.drop}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        aria-label={t(T.dropZone)}
        role="region"
      >
        <Caption1>{t(T.hint)}</Caption1>
        <input ref={input} type="file" multiple accept=".xlsx,.xlsm,.csv" hidden aria-label={t(T.pick)} onChange={(e) => choose(e.target.files)} />
        <Button onClick={() => input.current?.click()} disabled={busy}>{t(T.pick)}</Button>
      </div>
      <Checkbox checked={force} onChange={(_, d) => setForce(d.checked === true)} label={t(T.force)} />
      <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => void run()}>
        {t(T.run)}{files.length > 0 ? `（${files.length}）` : ''}
      </Button>
      {rows.length > 0 && (
        <ul className={styles.list} aria-label={t(T.files)}>
          {rows.map((r) => (
            <li key={r.name} className={styles.item}>
              <Badge appearance="tint" color={BADGE[r.state]}>{t(T.state[r.state])}</Badge>
              <span>{r.name}</span>
              {r.note && <Caption1>{r.note}</Caption1>}
            </li>
          ))}
        </ul>
      )}
      {failure && <Caption1 role="alert">{t(T.failed)}{failure}</Caption1>}
      {result && (
        <section aria-label={t(T.report)}>
          <Subtitle2 as="h3">{t(T.report)}</Subtitle2>
          {o === null ? (
            <Caption1>{t(T.refused)}</Caption1>
          ) : (
            <ul className={styles.list}>
              <li>{`${t(T.merged)}${o.merged.length}`}</li>
              <li>{`${t(T.quarantined)}${o.quarantined.length + result.unread.length}`}</li>
              <li>{`${t(T.changed)}${o.merged.reduce((n, m) => n + m.changed.length, 0)}`}</li>
              <li>{`${t(T.missing)}${o.missing.length > 0 ? o.missing.join('、') : t(T.none)}`}</li>
              <li>{`${t(T.written)}${result.written.join('、')}`}</li>
            </ul>
          )}
          {problems.length > 0 && (
            <ul className={styles.list} aria-label={t(T.issues)}>
              {problems.map((i, k) => (
                <li key={k} className={styles.item}>
                  <Badge appearance="tint" color={i.severity === 'error' ? 'danger' : 'warning'}>{t(i.severity === 'error' ? T.error : T.warning)}</Badge>
                  <span>{[i.file, i.sheet && `${i.sheet}${i.cell ? `!${i.cell}` : ''}`].filter(Boolean).join(' ')}</span>
                  <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{i.message[lang]}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
