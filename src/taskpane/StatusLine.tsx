/** The last command's status (the ribbon's or the pane's), and a progress bar while work takes over a second. */
import { Caption1, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import type { CommandStatus } from '../commands';
import { useLang } from './i18n';
import { UI } from './ui-text';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minHeight: '32px' } });

const INTENT = { running: 'info', done: 'success', failed: 'error' } as const;

export function StatusLine({ status, slow }: { status: CommandStatus | undefined; slow: boolean }) {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {slow && (
        <Field validationMessage={t(UI.working)} validationState="none">
          <ProgressBar aria-label={t(UI.working)} />
        </Field>
      )}
      {status ? (
        <MessageBar intent={INTENT[status.state]} data-state={status.state}>
          <MessageBarBody>{t(status.message)}</MessageBarBody>
        </MessageBar>
      ) : (
        <Caption1>{t(UI.lastStatus)}: —</Caption1>
      )}
    </div>
  );
}
