/**
 * 方案: pick a preset or the workbook's stored scheme, edit it with the engine's validation as you type, see what
 * differs from the preset and the scheme's hash, save it into the workbook (saveScheme), reset to the preset.
 */
import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { saveScheme, storedScheme } from '../../commands';
import { hashOf, presets, schemeDiff, SCHEME_KINDS, type Result, type Scheme, type SchemeKind } from '../../engine';
import { useLang } from '../i18n';
import type { PaneHost } from '../pane-host';
import { formFor, SCHEME_LABELS } from '../scheme-form/forms';
import { GroupEditor } from '../scheme-form/GroupEditor';
import { useDraft } from '../scheme-form/use-draft';
import { placeIssues } from '../scheme-form/values';
import { UI } from '../ui-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  diff: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

type Source = 'stored' | SchemeKind;

const short = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v).slice(0, 60));

export function SchemeSection({ host, bookKey }: { host: PaneHost; bookKey: number }) {
  const styles = useStyles();
  const { t } = useLang();
  const [stored, setStored] = useState<Result<Scheme> | undefined>(undefined);
  const [source, setSource] = useState<Source>('county');
  const [note, setNote] = useState<'saved' | null>(null);
  const draft = useDraft(presets.county);

  // The workbook's stored scheme, read again whenever another workbook is opened.
  useEffect(() => {
    let live = true;
    void storedScheme(host.workbook()).then((s) => {
      if (!live) return;
      setStored(s);
      if (s?.ok) {
        setSource('stored');
        draft.replace(s.value);
      }
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new workbook reloads
  }, [host, bookKey]);

  const kind = draft.scheme.kind;
  const groups = useMemo(() => formFor(draft.scheme), [draft.scheme]);
  const placed = useMemo(() => placeIssues(groups, draft.check.issues), [groups, draft.check]);
  const diff = useMemo(() => schemeDiff(draft.scheme, presets[kind]), [draft.scheme, kind]);
  const savedText = stored?.ok ? JSON.stringify(stored.value) : undefined;
  const dirty = savedText !== JSON.stringify(draft.scheme);
  const canSave = draft.check.ok && !draft.anyBad;

  const choose = (s: Source) => {
    setSource(s);
    setNote(null);
    draft.replace(s === 'stored' ? (stored?.ok ? stored.value : presets.county) : presets[s]);
  };
  const save = async () => {
    const r = await host.run((wb) => saveScheme(wb, draft.scheme));
    if (r.ok) {
      setStored(r);
      setNote('saved');
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Field label={t(UI.schemeSource)}>
          <Select value={source} onChange={(_, d) => choose(d.value as Source)}>
            {stored?.ok && <option value="stored">{t(UI.stored)}</option>}
            {SCHEME_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(SCHEME_LABELS[k])}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={!canSave} onClick={() => void save()}>
          {t(UI.save)}
        </Button>
        <Button onClick={() => choose(kind)}>{t(UI.reset)}</Button>
      </div>
      {stored && !stored.ok && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t(UI.storedInvalid)}：{stored.issues.map((i) => t(i.message)).join('；')}
          </MessageBarBody>
        </MessageBar>
      )}
      {note === 'saved' && !dirty && (
        <MessageBar intent="success">
          <MessageBarBody>{t(UI.saved)}</MessageBarBody>
        </MessageBar>
      )}
      {!canSave && (
        <MessageBar intent="error">
          <MessageBarBody>{t(UI.invalid)}</MessageBarBody>
        </MessageBar>
      )}
      {canSave && dirty && (
        <MessageBar intent="info">
          <MessageBarBody>{t(UI.unsaved)}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1>
        {t(UI.hash)}: <code data-testid="scheme-hash">{hashOf(draft.scheme)}</code> · {diff.length === 0 ? t(UI.same) : `${t(UI.differs)} (${diff.length})`}
      </Caption1>
      {diff.length > 0 && (
        <ul className={styles.diff} aria-label={t(UI.differs)}>
          {diff.map((d) => (
            <li key={d.path}>
              {d.path}: {short(d.from)} → {short(d.to)}
            </li>
          ))}
        </ul>
      )}
      {placed.form.map((i, n) => (
        <MessageBar key={n} intent="error">
          <MessageBarBody>{t(i.message)}</MessageBarBody>
        </MessageBar>
      ))}
      {groups.map((g) => (
        <GroupEditor key={g.key || 'general'} def={g} draft={draft} fieldIssues={placed.fields} groupIssues={placed.groups.get(g.key) ?? []} />
      ))}
    </div>
  );
}
