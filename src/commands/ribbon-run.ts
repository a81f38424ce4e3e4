import type { Text } from '../engine';
import type { OutcomeText } from './outcome-text';
import { publishStatus, type CommandStatus } from './status';

/** What a ribbon button needs from its host besides the workbook: a way to show the task pane with the status. */
export interface RibbonUi {
  showPane(): Promise<void>;
}

const WORKING: Readonly<Record<CommandStatus['command'], Text>> = {
  rankAndTier: { zh: '正在排名定档…', en: 'Ranking and tiering…' },
  validateSubmission: { zh: '正在校验报送…', en: 'Validating the submission…' },
  insertTemplate: { zh: '正在插入模板…', en: 'Inserting the template…' },
  generateNotice: { zh: '正在生成通报…', en: 'Writing the notice…' },
};

/** An unexpected error as a message people can read: the host's or command's own text, else the error's message. */
export function errorText(e: unknown): Text {
  const t = (e as { text?: Partial<Text> } | null)?.text;
  if (t && typeof t.zh === 'string' && typeof t.en === 'string') return { zh: t.zh, en: t.en };
  const msg = e instanceof Error ? e.message : String(e);
  return { zh: `出错了：${msg}`, en: `Something went wrong: ${msg}` };
}

/**
 * Runs one ribbon command: says it is working, runs it, says how it ended (opening the task pane when it
 * did not end cleanly, so the user sees why), and ALWAYS calls `completed` — an error is shown, never swallowed.
 */
export async function runFromRibbon<T>(
  command: CommandStatus['command'],
  work: () => Promise<T>,
  describe: (t: T) => OutcomeText,
  ui: RibbonUi,
  completed: () => void,
): Promise<void> {
  const now = (): string => new Date().toISOString();
  publishStatus({ command, state: 'running', message: WORKING[command], at: now() });
  try {
    const out = describe(await work());
    publishStatus({ command, state: out.ok ? 'done' : 'failed', message: out.text, at: now() });
    if (!out.ok) await ui.showPane();
  } catch (e) {
    publishStatus({ command, state: 'failed', message: errorText(e), at: now() });
    await ui.showPane().catch((paneError: unknown) => {
      // The pane could not open (no shared runtime): the status is still stored; log both for the developer.
      console.error(e, paneError);
    });
  } finally {
    completed();
  }
}
