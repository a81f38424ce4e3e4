/** 解释: the selected unit's score step by step — item, input, rule, points, cap — and the tier decision. */
import {
  Badge, Body1, Caption1, Field, makeStyles, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { useLang } from '../i18n';
import type { UnitView } from '../model';
import { UI } from '../ui-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/** Inputs and points as a reader checks them: at most four decimals (the engine keeps full precision). */
const shown = (v: number | string | null | undefined): string => (v === null || v === undefined ? '' : typeof v === 'number' ? String(Number(v.toFixed(4))) : v);

interface Props {
  readonly units: readonly UnitView[];
  readonly selected: UnitView | undefined;
  readonly onPick: (key: string) => void;
  readonly precision: number;
  /** Whether the pane hears of the sheet's selection (else the hint says to pick the unit here). */
  readonly follows: boolean;
}

export function ExplainSection({ units, selected, onPick, precision, follows }: Props) {
  const styles = useStyles();
  const { t } = useLang();
  if (units.length === 0) return <Caption1>{t(UI.noResults)}</Caption1>;
  return (
    <div className={styles.root}>
      <Field label={t(UI.pickUnit)} hint={t(follows ? UI.followSelection : UI.selectionNotFollowed)}>
        <Select value={selected?.key ?? ''} onChange={(_, d) => onPick(d.value)}>
          <option value="" disabled>
            —
          </option>
          {units.map((u) => (
            <option key={u.key} value={u.key}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      {selected && (
        <section aria-labelledby="perf-explained" data-unit={selected.name}>
          <Subtitle2 as="h3" id="perf-explained">
            {selected.name} · {t(UI.rank)} {selected.rank} · {selected.score.toFixed(precision)}
            {selected.tier ? ` · ${selected.tier}` : ''}
          </Subtitle2>
          <Table size="small" aria-label={`${t(UI.explain)} ${selected.name}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t(UI.item)}</TableHeaderCell>
                <TableHeaderCell>{t(UI.input)}</TableHeaderCell>
                <TableHeaderCell>{t(UI.rule)}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{t(UI.points)}</TableHeaderCell>
                <TableHeaderCell>{t(UI.cap)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {selected.steps.map((s, i) => (
                <TableRow key={`${s.item}-${i}`}>
                  <TableCell>{t(s.label)}</TableCell>
                  <TableCell>{shown(s.input)}</TableCell>
                  <TableCell>{t(s.rule)}</TableCell>
                  <TableCell className={styles.num}>{shown(s.points)}</TableCell>
                  <TableCell>
                    {s.cap !== undefined ? shown(s.cap) : ''}
                    {s.capped ? <Badge appearance="tint" color="warning">{t(UI.capApplied)}</Badge> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Field label={t(UI.decision)}>
            <Body1 data-testid="tier-decision">{t(selected.decision)}</Body1>
          </Field>
        </section>
      )}
    </div>
  );
}
