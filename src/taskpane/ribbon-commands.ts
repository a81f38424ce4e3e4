import type { Text } from '../engine';

/** A button of the 绩效 ribbon group, as manifest.xml declares it. */
export interface RibbonCommand {
  /** The manifest Control id. */
  readonly id: string;
  readonly label: Text;
  readonly tip: Text;
  /** ShowTaskpane, or the ExecuteFunction name the commands bundle binds with Office.actions.associate. */
  readonly action: { readonly kind: 'taskpane' } | { readonly kind: 'function'; readonly name: string };
}

/** The 绩效 group, in ribbon order (test/manifest checks manifest.xml against this list). */
export const RIBBON_COMMANDS: readonly RibbonCommand[] = [
  {
    id: 'PerfOpenPane',
    label: { zh: '打开面板', en: 'Open pane' },
    tip: { zh: '打开绩效任务窗格：方案、问题、结果与得分说明', en: 'Open the task pane: scheme, issues, results and score explanations' },
    action: { kind: 'taskpane' },
  },
  {
    id: 'PerfRankAndTier',
    label: { zh: '排名定档', en: 'Rank and tier' },
    tip: { zh: '读取当前表格，按组排名并评出先进、合格、不合格，结果写入新工作表', en: 'Read the current table, rank each group and tier its units; results go to a new sheet' },
    action: { kind: 'function', name: 'rankAndTier' },
  },
  {
    id: 'PerfValidate',
    label: { zh: '校验报送', en: 'Validate submission' },
    tip: { zh: '校验部门报送的表格，标出每个有问题的单元格', en: "Check a department's submitted table and mark every cell with a problem" },
    action: { kind: 'function', name: 'validateSubmission' },
  },
  {
    id: 'PerfInsertTemplate',
    label: { zh: '插入模板', en: 'Insert template' },
    tip: { zh: '插入一张空白的考核模板工作表', en: 'Insert a blank assessment template sheet' },
    action: { kind: 'function', name: 'insertTemplate' },
  },
  {
    id: 'PerfGenerateNotice',
    label: { zh: '生成通报', en: 'Write notice' },
    tip: { zh: '按排名结果生成通报工作表：先进、合格、不合格及综合得分，抄送名单，A4 竖版可直接打印', en: 'Write the 通报 sheet from the ranking: advanced, qualified and unqualified units with composites, the 抄送 list; A4 portrait, ready to print' },
    action: { kind: 'function', name: 'generateNotice' },
  },
];
