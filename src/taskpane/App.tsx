/**
 * The task pane: the three commands (as on the ribbon), their status, and the sections 方案 · 校验 · 结果 · 解释.
 * In the offline preview the page also shows its workbook (a sheet grid) with open and save.
 */
import { Button, Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, Select, Tab, TabList, Title3, tokens, type Theme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { TEMPLATE_KINDS, type TemplateKind } from '../commands/template-kinds';
import type { Issue } from '../engine';
import { LangProvider, type Lang } from './i18n';
import type { PaneHost } from './pane-host';
import { ExplainSection } from './sections/Explain';
import { IssuesSection } from './sections/Issues';
import { MergeSection } from './sections/Merge';
import { MERGE_TEXT } from './sections/merge-text';
import { ResultsSection } from './sections/Results';
import { StatusLine } from './StatusLine';
import { UI } from './ui-text';
import { usePane, type PaneState } from './use-pane';
import { RIBBON_COMMANDS } from './ribbon-commands';

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  book: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  pane: { width: '100%', maxWidth: '460px', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, boxSizing: 'border-box' },
  paneAlone: { maxWidth: 'none' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  commands: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  template: { minWidth: '7em' },
});

/** What the offline page adds beside the pane: its workbook's toolbar (open, save) and grid. */
export interface PreviewSlot {
  readonly bar: (p: { readonly busy: boolean; readonly onNewBook: () => void }) => ReactNode;
  readonly grid: (issues: readonly Issue[]) => ReactNode;
}

/** The scheme editor brings the engine's zod schemas: a chunk of its own, loaded when 方案 is first opened. */
const SchemeSection = lazy(() => import(/* webpackChunkName: "scheme" */ './sections/Scheme').then((m) => ({ default: m.SchemeSection })));

type SectionId = 'scheme' | 'issues' | 'results' | 'explain' | 'merge';
const SECTIONS: readonly SectionId[] = ['scheme', 'issues', 'results', 'explain', 'merge'];
const SECTION_LABELS = { ...UI, merge: MERGE_TEXT.section };

const label = (id: string) => RIBBON_COMMANDS.find((c) => c.id === id)!.label;

function Section({ id, host, pane, setTab }: { id: SectionId; host: PaneHost; pane: PaneState; setTab: (s: SectionId) => void }) {
  switch (id) {
    case 'scheme':
      return (
        <Suspense fallback={<Caption1>…</Caption1>}>
          <SchemeSection host={host} bookKey={pane.bookKey} />
        </Suspense>
      );
    case 'issues':
      return <IssuesSection view={pane.issues} busy={pane.busy !== null} onSelect={(sheet, cell) => void host.select(sheet, cell)} onRevalidate={(sheet) => void pane.validateNow(sheet)} />;
    case 'results':
      return <ResultsSection view={pane.rank} selected={pane.selected?.key ?? null} onPick={(u) => { pane.pick(u.key); setTab('explain'); }} />;
    case 'merge':
      return <MergeSection host={host} />;
    case 'explain':
      return <ExplainSection units={pane.units} selected={pane.selected} onPick={pane.pick} precision={pane.rank?.precision ?? 2} follows={host.followsSelection !== false} />;
  }
}

export function App({ host, theme, preview }: { host: PaneHost; theme: Theme; preview?: PreviewSlot }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(host.language);
  const [tab, setTabNow] = useState<SectionId>('results');
  const [visited, setVisited] = useState<ReadonlySet<SectionId>>(new Set(['results']));
  const setTab = (s: SectionId) => {
    setTabNow(s);
    setVisited((v) => (v.has(s) ? v : new Set([...v, s])));
  };
  const [kind, setKind] = useState<TemplateKind | ''>('');
  const pane = usePane(host);
  const t = (x: { zh: string; en: string }) => x[lang];
  const busy = pane.busy !== null;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const rank = async () => {
    const v = await pane.rankNow();
    // Stopped by input errors: their list (click → cell) is what the user needs next.
    if (v) setTab(v.written === null && v.issues.some((i) => i.severity === 'error') ? 'issues' : 'results');
  };
  const validate = async () => {
    if (await pane.validateNow()) setTab('issues');
  };

  return (
    <FluentProvider theme={theme}>
      <LangProvider lang={lang}>
        <div className={styles.page}>
          {preview && (
            <section className={styles.book} aria-label={t(UI.workbook)}>
              {preview.bar({ busy, onNewBook: pane.newBook })}
              {preview.grid(pane.issues?.issues ?? [])}
            </section>
          )}
          <main className={preview ? styles.pane : `${styles.pane} ${styles.paneAlone}`}>
            <header className={styles.header}>
              <Title3 as="h1">{t(UI.title)}</Title3>
              <Button size="small" appearance="subtle" lang={lang === 'zh' ? 'en' : 'zh-CN'} title={t(UI.languageLabel)} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
                {t(UI.language)}
              </Button>
            </header>
            <div className={styles.commands} role="group" aria-label={t(UI.commands)}>
              <Button appearance="primary" disabled={busy} onClick={() => void rank()}>
                {t(label('PerfRankAndTier'))}
              </Button>
              <Button disabled={busy} onClick={() => void validate()}>
                {t(label('PerfValidate'))}
              </Button>
              <Select className={styles.template} size="small" aria-label={t(UI.template)} value={kind} onChange={(_, d) => setKind(d.value as TemplateKind | '')}>
                <option value="">{t(UI.templateByScheme)}</option>
                {TEMPLATE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </Select>
              <Button disabled={busy} onClick={() => void pane.insertTemplateNow(kind === '' ? undefined : kind)}>
                {t(label('PerfInsertTemplate'))}
              </Button>
              <Button disabled={busy} onClick={() => void pane.noticeNow()}>
                {t(label('PerfGenerateNotice'))}
              </Button>
            </div>
            <StatusLine status={pane.status} slow={pane.slow} />
            {host.notices?.map((n) => (
              <MessageBar key={n.message.en} intent={n.intent}>
                <MessageBarBody>{t(n.message)}</MessageBarBody>
              </MessageBar>
            ))}
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as SectionId)} aria-label={t(UI.sections)}>
              {SECTIONS.map((s) => (
                <Tab key={s} value={s} id={`perf-tab-${s}`} aria-controls={`perf-panel-${s}`}>
                  {t(SECTION_LABELS[s])}
                </Tab>
              ))}
            </TabList>
            {/* A panel opened once stays mounted (hidden when not chosen), so an edited scheme survives a look at the results. */}
            {SECTIONS.map((s) => (
              <div key={s} role="tabpanel" id={`perf-panel-${s}`} aria-labelledby={`perf-tab-${s}`} hidden={s !== tab}>
                {visited.has(s) && <Section id={s} host={host} pane={pane} setTab={setTab} />}
              </div>
            ))}
          </main>
        </div>
      </LangProvider>
    </FluentProvider>
  );
}
