/** The pane's own labels, Chinese and English (issue and command messages come from the engine and commands). */
import type { Text } from '../engine';

const t = (zh: string, en: string): Text => ({ zh, en });

export const UI = {
  title: t('绩效', 'Performance'),
  language: t('English', '中文'),
  languageLabel: t('切换到英文', 'Switch to Chinese'),
  commands: t('命令', 'Commands'),
  sections: t('面板', 'Pane sections'),
  scheme: t('方案', 'Scheme'),
  issues: t('校验', 'Issues'),
  results: t('结果', 'Results'),
  explain: t('解释', 'Explain'),
  template: t('模板', 'Template'),
  templateByScheme: t('按方案', 'By scheme'),
  working: t('处理中…', 'Working…'),
  lastStatus: t('最近一次命令', 'Last command'),
  preview: t('离线预览：内存工作簿，文件只在本机读取，不会上传', 'Offline preview: an in-memory workbook; files are read on this machine, never uploaded'),
  workbook: t('工作簿', 'Workbook'),
  openFile: t('打开文件…', 'Open file…'),
  openFileHint: t('.xlsx 或 .csv（UTF-8、GBK）', '.xlsx or .csv (UTF-8, GBK)'),
  saveResult: t('保存为 .xlsx', 'Save as .xlsx'),
  sample: t('内置样例', 'Built-in sample'),
  loadSample: t('载入样例', 'Load sample'),
  sheets: t('工作表', 'Sheets'),
  rowsShown: t('仅显示前 {n} 行', 'Showing the first {n} rows'),
  // 方案
  schemeSource: t('方案来源', 'Scheme'),
  stored: t('工作簿中保存的方案', "The workbook's scheme"),
  storedInvalid: t('工作簿中保存的方案无效', "The workbook's stored scheme is invalid"),
  save: t('保存到工作簿', 'Save to workbook'),
  reset: t('重置为预设', 'Reset to preset'),
  saved: t('方案已保存到工作簿', 'Scheme saved to the workbook'),
  hash: t('方案哈希', 'Scheme hash'),
  differs: t('与预设不同', 'Differs from the preset'),
  same: t('与预设相同', 'Same as the preset'),
  unsaved: t('有未保存的修改：排名定档使用工作簿中保存的方案', 'Unsaved changes: 排名定档 uses the scheme saved in the workbook'),
  invalid: t('方案有错误，修正后才能保存', 'The scheme has errors; fix them to save'),
  notNumber: t('请输入数字', 'Enter a number'),
  add: t('添加', 'Add'),
  remove: t('删除', 'Remove'),
  blankAsDecided: t('留空 = 按决定', 'blank = as decided'),
  // 校验
  revalidate: t('重新校验', 'Validate again'),
  noIssues: t('没有问题', 'No issues'),
  noRun: t('尚未运行校验或排名', 'No validation or ranking run yet'),
  noSheet: t('（无工作表）', '(no sheet)'),
  filter: t('按级别筛选', 'Filter by severity'),
  error: t('错误', 'Errors'),
  warning: t('警告', 'Warnings'),
  info: t('提示', 'Notes'),
  fromRank: t('排名定档的问题', 'Issues of 排名定档'),
  fromValidate: t('校验报送的问题', 'Issues of 校验报送'),
  goToCell: t('转到单元格', 'Go to cell'),
  // 结果
  noResults: t('尚无结果：点击“排名定档”', 'No results yet: click 排名定档'),
  rank: t('排名', 'Rank'),
  unit: t('单位', 'Unit'),
  person: t('姓名 / 项目', 'Name / project'),
  composite: t('综合得分', 'Composite'),
  score: t('得分', 'Score'),
  tier: t('档次', 'Tier'),
  report: t('抄送', 'Reported'),
  grade: t('等级', 'Grade'),
  warnings: t('警告', 'Warnings'),
  chart: t('得分图（按档次着色）', 'Scores by tier'),
  advancedLine: t('先进线', '先进 line'),
  all: t('全部', 'All'),
  // 解释
  pickUnit: t('选择单位或人员', 'Pick a unit or person'),
  followSelection: t('在工作表中选中某行即可查看该单位的得分说明', "Select a row in the sheet to see that unit's score explained"),
  selectionNotFollowed: t('面板收不到工作表中的选择变化：请在此列表中选择单位', 'The pane is not told of selections in the sheet here: pick the unit in this list'),
  item: t('项目', 'Item'),
  input: t('输入', 'Input'),
  rule: t('规则', 'Rule'),
  points: t('分值', 'Points'),
  cap: t('封顶', 'Cap'),
  capApplied: t('已封顶', 'capped'),
  decision: t('定档依据', 'Tier decision'),
} as const;

export type UiKey = keyof typeof UI;

/** A label with {n}-style parameters filled in. */
export const fill = (text: string, params: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
