/**
 * The 绩效 tab's buttons and the callbacks ribbon.xml names (OnAddinLoad, OnAction, GetImage). WPS calls them
 * synchronously and an async callback hid the whole ribbon on WPS 12.1.0.23542/23539, so each is a plain function
 * that starts the work and returns at once; a command's outcome reaches the user through the status the task pane
 * shows (opened when a run does not end cleanly), never through the callback's return.
 */
import type { Text } from '../engine/core/text';
import { insertTemplate } from '../commands/insert-template';
import { generateNotice } from '../commands/notice';
import { noticeTextOf, rankTextOf, templateText, validateText } from '../commands/outcome-text';
import { rankAndTier } from '../commands/rank-and-tier';
import { errorText, runFromRibbon, type RibbonUi } from '../commands/ribbon-run';
import { validateSubmission } from '../commands/validate-submission';
import type { Workbook } from '../host/port';
import { openPane } from './taskpane';
import type { WpsRoot } from '../host/wps/globals';

export type ButtonId = 'PerfOpenPane' | 'PerfRankAndTier' | 'PerfValidate' | 'PerfInsertTemplate' | 'PerfGenerateNotice';

export interface WpsButton {
  readonly id: ButtonId;
  readonly label: Text;
  readonly tip: Text;
  /** File name under images/. */
  readonly icon: string;
}

/** The 绩效 group in ribbon order (the same buttons as Excel's manifest; test/wps checks ribbon.xml against this). */
export const WPS_BUTTONS: readonly WpsButton[] = [
  { id: 'PerfOpenPane', label: { zh: '打开面板', en: 'Open pane' }, tip: { zh: '打开绩效任务窗格：方案、问题、结果与得分说明', en: 'Open the task pane: scheme, issues, results and score explanations' }, icon: 'pane.svg' },
  { id: 'PerfRankAndTier', label: { zh: '排名定档', en: 'Rank and tier' }, tip: { zh: '读取当前表格，按组排名并评出先进、合格、不合格，结果写入新工作表', en: 'Read the current table, rank each group and tier its units; results go to a new sheet' }, icon: 'rank.svg' },
  { id: 'PerfValidate', label: { zh: '校验报送', en: 'Validate submission' }, tip: { zh: '校验部门报送的表格，标出每个有问题的单元格', en: "Check a department's submitted table and mark every cell with a problem" }, icon: 'validate.svg' },
  { id: 'PerfInsertTemplate', label: { zh: '插入模板', en: 'Insert template' }, tip: { zh: '插入一张空白的考核模板工作表', en: 'Insert a blank assessment template sheet' }, icon: 'template.svg' },
  { id: 'PerfGenerateNotice', label: { zh: '生成通报', en: 'Write notice' }, tip: { zh: '按排名结果生成通报工作表：先进、合格、不合格及综合得分，抄送名单，A4 竖版可直接打印', en: 'Write the 通报 sheet from the ranking: advanced, qualified and unqualified units with composites, the 抄送 list; A4 portrait, ready to print' }, icon: 'notice.svg' },
];

/** What the callbacks need from the page: the add-in root, the workbook port, the pane's URL, a way to tell the user. */
export interface RibbonHost {
  readonly root: WpsRoot;
  workbook(): Workbook;
  readonly paneUrl: string;
  alert(message: string): void;
}

/** The control WPS passes to a callback. */
export interface RibbonControl {
  readonly Id: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
}

/** The callbacks ribbon.xml names, bound to `host`. Each returns at once. */
export function ribbonCallbacks(host: RibbonHost): RibbonCallbacks {
  const showPane = (): void => {
    openPane(host.root, host.paneUrl);
  };
  const ui: RibbonUi = { showPane: async () => showPane() };
  const start = (id: Exclude<ButtonId, 'PerfOpenPane'>): void => {
    const done = (): void => {};
    switch (id) {
      case 'PerfRankAndTier':
        void runFromRibbon('rankAndTier', () => rankAndTier(host.workbook()), rankTextOf, ui, done);
        return;
      case 'PerfValidate':
        void runFromRibbon('validateSubmission', () => validateSubmission(host.workbook()), validateText, ui, done);
        return;
      case 'PerfInsertTemplate':
        void runFromRibbon('insertTemplate', () => insertTemplate(host.workbook()), templateText, ui, done);
        return;
      case 'PerfGenerateNotice':
        void runFromRibbon('generateNotice', () => generateNotice(host.workbook()), noticeTextOf, ui, done);
        return;
    }
  };
  return {
    OnAddinLoad(): boolean {
      return true;
    },
    OnAction(control: RibbonControl): boolean {
      const id = control.Id as ButtonId;
      try {
        if (id === 'PerfOpenPane') showPane();
        else if (WPS_BUTTONS.some((b) => b.id === id)) start(id);
      } catch (e) {
        const t = errorText(e);
        host.alert(`${t.zh}\n${t.en}`); // the pane itself could not open: say so where the user is looking
      }
      return true;
    },
    GetImage(control: RibbonControl): string {
      const button = WPS_BUTTONS.find((b) => b.id === control.Id);
      return `images/${button?.icon ?? 'pane.svg'}`;
    },
  };
}
