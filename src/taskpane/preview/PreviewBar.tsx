/** Open a file from disk (read in the page, never uploaded), save the workbook as .xlsx, or go back to the sample. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, ProgressBar, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Text } from '../../engine';
import { errorText } from '../../commands/ribbon-run';
import { useLang } from '../i18n';
import { UI } from '../ui-text';
import { SLOW_MS } from '../use-pane';
import { download } from './download';
import type { PreviewHost } from './preview-host';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  file: { display: 'none' },
});

interface Props {
  readonly host: PreviewHost;
  readonly busy: boolean;
  readonly onNewBook: () => void;
}

export function PreviewBar({ host, busy, onNewBook }: Props) {
  const styles = useStyles();
  const { t } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);
  const [slow, setSlow] = useState(false);
  const [error, setError] = useState<Text | null>(null);
  const source = host.source;

  const attempt = async (work: () => Promise<void>) => {
    setWorking(true);
    setError(null);
    const timer = setTimeout(() => setSlow(true), SLOW_MS); // a large file (or ExcelJS's first load) shows progress
    try {
      await work();
    } catch (e) {
      setError(errorText(e)); // the file's problem, in both languages (HostError carries its own text)
    } finally {
      clearTimeout(timer);
      setWorking(false);
      setSlow(false);
    }
  };
  const open = (file: File) =>
    attempt(async () => {
      await host.open(file.name, new Uint8Array(await file.arrayBuffer()));
      onNewBook();
    });
  const save = () =>
    attempt(async () => {
      const { name, bytes } = await host.save();
      download(name, bytes);
    });

  return (
    <div>
      <div className={styles.bar}>
        <Subtitle2 as="h2">{source.kind === 'file' ? source.name : t(UI.sample)}</Subtitle2>
        <input
          ref={input}
          className={styles.file}
          type="file"
          accept=".xlsx,.csv,.txt"
          aria-label={t(UI.openFile)}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void open(f);
          }}
        />
        <Button disabled={busy || working} onClick={() => input.current?.click()}>
          {t(UI.openFile)}
        </Button>
        <Button disabled={busy || working} onClick={() => void save()}>
          {t(UI.saveResult)}
        </Button>
        {source.kind === 'file' && (
          <Button appearance="subtle" disabled={busy || working} onClick={() => { host.loadSample(); onNewBook(); }}>
            {t(UI.loadSample)}
          </Button>
        )}
      </div>
      <Caption1>
        {t(UI.preview)} · {t(UI.openFileHint)}
      </Caption1>
      {slow && <ProgressBar aria-label={t(UI.working)} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t(error)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
