/** 结果: per group the ranked units (rank, unit, composite, tier, 抄送), the count per tier, the chart; then the warnings. */
import {
  Badge, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import type { Tier } from '../../engine';
import { useLang } from '../i18n';
import { TIERS, type RankView, type UnitView } from '../model';
import { UI } from '../ui-text';
import { TierChart } from './TierChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: 0, padding: 0, listStyle: 'none' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  name: { minWidth: 0, padding: 0, justifyContent: 'start', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular, color: tokens.colorBrandForegroundLink },
});

const TIER_COLOR: Readonly<Record<Tier, 'success' | 'brand' | 'danger'>> = { 先进: 'success', 合格: 'brand', 不合格: 'danger' };

interface Props {
  readonly view: RankView | null;
  readonly selected: string | null;
  readonly onPick: (u: UnitView) => void;
}

export function ResultsSection({ view, selected, onPick }: Props) {
  const styles = useStyles();
  const { t } = useLang();
  if (view === null || view.groups.length === 0) {
    return (
      <div className={styles.root}>
        <Caption1>{t(UI.noResults)}</Caption1>
        {view?.issues.filter((i) => i.severity === 'error').map((i, n) => (
          <MessageBar key={n} intent="error">
            <MessageBarBody>{t(i.message)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
    );
  }
  const county = view.kind === 'county';
  return (
    <div className={styles.root}>
      {view.groups.map((g) => (
        <section key={g.code} className={styles.group} aria-labelledby={`group-${g.code}`} data-group={g.code}>
          <Subtitle2 as="h3" id={`group-${g.code}`}>
            {t(g.label)}（{g.units.length}）
          </Subtitle2>
          {county && (
            <ul className={styles.counts} aria-label={t(UI.tier)}>
              {TIERS.map((tier) => (
                <li key={tier} data-tier={tier} data-count={g.tiers[tier]}>
                  <Badge appearance="tint" color={TIER_COLOR[tier]}>
                    {tier} {g.tiers[tier]}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
          <Table size="small" aria-label={t(g.label)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t(UI.rank)}</TableHeaderCell>
                <TableHeaderCell>{t(county ? UI.unit : UI.person)}</TableHeaderCell>
                <TableHeaderCell>{t(county ? UI.composite : UI.score)}</TableHeaderCell>
                <TableHeaderCell>{t(county ? UI.tier : UI.grade)}</TableHeaderCell>
                {county && <TableHeaderCell>{t(UI.report)}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {g.units.map((u) => (
                <TableRow key={u.key} className={u.key === selected ? styles.selected : undefined}>
                  <TableCell>{u.rank}</TableCell>
                  <TableCell>
                    <Button appearance="transparent" size="small" className={styles.name} onClick={() => onPick(u)}>
                      {u.name}
                    </Button>
                  </TableCell>
                  <TableCell>{u.score.toFixed(view.precision)}</TableCell>
                  <TableCell>{u.tier ? <Badge appearance="tint" color={TIER_COLOR[u.tier]}>{u.tier}</Badge> : (u.grade ?? '')}</TableCell>
                  {county && <TableCell>{u.report ? t(UI.report) : ''}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TierChart group={g} />
        </section>
      ))}
      {view.warnings.length > 0 && (
        <section aria-labelledby="perf-warnings">
          <Subtitle2 as="h3" id="perf-warnings">
            {t(UI.warnings)}
          </Subtitle2>
          {view.warnings.map((w, n) => (
            <MessageBar key={n} intent="warning">
              <MessageBarBody>{t(w.message)}</MessageBarBody>
            </MessageBar>
          ))}
        </section>
      )}
    </div>
  );
}
