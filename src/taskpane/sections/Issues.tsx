/** 校验: the issues of the last validation or ranking, by sheet, filtered by severity; a click selects the cell. */
import { Badge, Button, Caption1, makeStyles, Subtitle2, ToggleButton, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Issue, Severity } from '../../engine';
import { useLang } from '../i18n';
import { countBySeverity, issuesBySheet, SEVERITIES, type IssuesView } from '../model';
import { UI } from '../ui-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
});

const BADGE: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = { error: 'danger', warning: 'warning', info: 'informative' };
const LABEL = { error: UI.error, warning: UI.warning, info: UI.info } as const;

interface Props {
  readonly view: IssuesView | null;
  readonly onSelect: (sheet: string, cell: string) => void;
  readonly onRevalidate: (sheet: string | null) => void;
  readonly busy: boolean;
}

export function IssuesSection({ view, onSelect, onRevalidate, busy }: Props) {
  const styles = useStyles();
  const { t } = useLang();
  const [show, setShow] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const issues: readonly Issue[] = view?.issues ?? [];
  const counts = countBySeverity(issues);
  const toggle = (s: Severity) => setShow((cur) => {
    const next = new Set(cur);
    if (!next.delete(s)) next.add(s);
    return next;
  });
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button onClick={() => onRevalidate(view?.sheet ?? null)} disabled={busy}>
          {t(UI.revalidate)}
        </Button>
        <div role="group" aria-label={t(UI.filter)} className={styles.bar}>
          {SEVERITIES.map((s) => (
            <ToggleButton key={s} size="small" checked={show.has(s)} onClick={() => toggle(s)}>
              {t(LABEL[s])} {counts[s]}
            </ToggleButton>
          ))}
        </div>
      </div>
      {view === null ? (
        <Caption1>{t(UI.noRun)}</Caption1>
      ) : (
        <Caption1>
          {t(view.from === 'rank' ? UI.fromRank : UI.fromValidate)}
          {view.label ? `：${t(view.label)}` : ''}
        </Caption1>
      )}
      {view !== null && issues.length === 0 && <Caption1>{t(UI.noIssues)}</Caption1>}
      {issuesBySheet(issues, show).map((g) => (
        <section key={g.sheet ?? ''} aria-label={g.sheet ?? t(UI.noSheet)}>
          <Subtitle2 as="h3">{g.sheet ?? t(UI.noSheet)}</Subtitle2>
          <ul className={styles.list}>
            {g.issues.map((i, n) => (
              <li key={n} className={styles.item} data-severity={i.severity}>
                <Badge appearance="tint" color={BADGE[i.severity]}>
                  {t(LABEL[i.severity])}
                </Badge>
                {g.sheet !== null && i.cell !== undefined ? (
                  <Button size="small" appearance="transparent" onClick={() => onSelect(g.sheet!, i.cell!)} aria-label={`${t(UI.goToCell)} ${g.sheet}!${i.cell}`}>
                    {i.cell}
                  </Button>
                ) : null}
                <span>{t(i.message)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
