/** A group of scheme settings (a fieldset), with its table when it has one (bonus items, public bands). */
import {
  Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import type { Issue } from '../../engine';
import { useLang } from '../i18n';
import { UI } from '../ui-text';
import type { FieldDef, GroupDef } from './defs';
import { FieldInput } from './FieldInput';
import type { Draft } from './use-draft';
import { getPath } from './values';

const useStyles = makeStyles({
  set: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: tokens.spacingHorizontalM },
  table: { overflowX: 'auto' },
});

interface Props {
  readonly def: GroupDef;
  readonly draft: Draft;
  readonly fieldIssues: ReadonlyMap<string, readonly Issue[]>;
  readonly groupIssues: readonly Issue[];
}

function Bound({ def, path, draft, issues, ariaLabel }: { def: FieldDef; path: string; draft: Draft; issues: readonly Issue[]; ariaLabel?: string }) {
  const typed = draft.typed(path);
  return (
    <FieldInput
      def={def}
      value={getPath(draft.scheme, path)}
      raw={typed?.text}
      bad={typed?.ok === false}
      issues={issues}
      onText={(text) => draft.text(path, def.kind, text)}
      onValue={(v) => draft.value(path, v)}
      onBlur={() => draft.blur(path)}
      {...(ariaLabel !== undefined ? { ariaLabel, compact: true } : {})}
    />
  );
}

export function GroupEditor({ def, draft, fieldIssues, groupIssues }: Props) {
  const styles = useStyles();
  const { t } = useLang();
  const table = def.table;
  const rows = table ? ((getPath(draft.scheme, table.path) as unknown[] | undefined) ?? []) : [];
  return (
    <fieldset className={styles.set}>
      <legend>
        <Subtitle2>{t(def.label)}</Subtitle2>
      </legend>
      {groupIssues.map((i, n) => (
        <MessageBar key={n} intent={i.severity === 'error' ? 'error' : 'warning'}>
          <MessageBarBody>{t(i.message)}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.fields}>
        {def.fields.map((f) => (
          <Bound key={f.path} def={f} path={f.path} draft={draft} issues={fieldIssues.get(f.path) ?? []} />
        ))}
      </div>
      {table && (
        <div className={styles.table}>
          <Table size="small" aria-label={t(def.label)}>
            <TableHeader>
              <TableRow>
                {table.columns.map((c) => (
                  <TableHeaderCell key={c.path}>{t(c.label)}</TableHeaderCell>
                ))}
                <TableHeaderCell>
                  <span className="perf-visually-hidden">{t(UI.remove)}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((_, i) => (
                <TableRow key={i}>
                  {table.columns.map((c) => {
                    const path = `${table.path}.${i}.${c.path}`;
                    return (
                      <TableCell key={c.path}>
                        <Bound def={c} path={path} draft={draft} issues={fieldIssues.get(path) ?? []} ariaLabel={`${t(c.label)} ${i + 1}`} />
                      </TableCell>
                    );
                  })}
                  <TableCell>
                    <Button size="small" appearance="subtle" onClick={() => draft.value(table.path, rows.length === 1 && table.optional ? undefined : rows.filter((__, k) => k !== i))}>
                      {t(UI.remove)}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button size="small" onClick={() => draft.value(table.path, [...rows, table.blank(rows.length)])}>
            {t(UI.add)}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
