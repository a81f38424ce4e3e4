import { Body1, Caption1, makeStyles, Subtitle2, Title2, tokens } from '@fluentui/react-components';
import { RIBBON_COMMANDS } from './ribbon-commands';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Office.onReady's host: "Excel" inside Excel, null outside Office (the preview). */
export type HostName = string | null;

/** Which host the pane runs in, both languages. */
export function hostText(host: HostName): { zh: string; en: string } {
  if (host === null) return { zh: '预览模式：未在 Office 中运行', en: 'Preview: not running inside Office' };
  return { zh: `运行于 ${host}`, en: `Running in ${host}` };
}

/** The pane's first page: where it runs and what the 绩效 ribbon group offers. */
export function App({ host }: { host: HostName }) {
  const styles = useStyles();
  const where = hostText(host);
  return (
    <main className={styles.root}>
      <Title2 as="h1">绩效</Title2>
      <Body1 role="status">
        {where.zh} · <span lang="en">{where.en}</span>
      </Body1>
      <section aria-labelledby="perf-commands">
        <Subtitle2 as="h2" id="perf-commands">
          功能区命令 · Ribbon commands
        </Subtitle2>
        <ul className={styles.list}>
          {RIBBON_COMMANDS.map((c) => (
            <li key={c.id}>
              <Body1>
                {c.label.zh} · <span lang="en">{c.label.en}</span>
              </Body1>
              <br />
              <Caption1 className={styles.muted}>{c.tip.zh}</Caption1>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
