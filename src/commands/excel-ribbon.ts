/**
 * The ribbon commands bundle (webpack entry `commands`), loaded in the shared runtime page: binds the
 * manifest's ExecuteFunction actions to the host-independent commands over the Excel adapter.
 */
import { ExcelWorkbook } from '../host/excel';
import { insertTemplate } from './insert-template';
import { generateNotice } from './notice';
import { noticeTextOf, rankTextOf, templateText, validateText } from './outcome-text';
import { rankAndTier } from './rank-and-tier';
import { runFromRibbon, type RibbonUi } from './ribbon-run';
import { validateSubmission } from './validate-submission';

const ui: RibbonUi = { showPane: () => Office.addin.showAsTaskpane() };

type Handler = (event: Office.AddinCommands.Event) => Promise<void>;

const bind = <T>(command: Parameters<typeof runFromRibbon>[0], work: (wb: ExcelWorkbook) => Promise<T>, describe: (t: T) => ReturnType<typeof templateText>): Handler =>
  (event) => runFromRibbon(command, () => work(new ExcelWorkbook()), describe, ui, () => event.completed());

export const handlers = {
  rankAndTier: bind('rankAndTier', (wb) => rankAndTier(wb), rankTextOf),
  validateSubmission: bind('validateSubmission', (wb) => validateSubmission(wb), validateText),
  insertTemplate: bind('insertTemplate', (wb) => insertTemplate(wb), templateText),
  generateNotice: bind('generateNotice', (wb) => generateNotice(wb), noticeTextOf),
} satisfies Record<string, Handler>;

// Outside Office (the browser preview) Office.onReady resolves with host null and there is no ribbon to bind.
void Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) return;
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
