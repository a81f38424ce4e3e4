/** The 汇总 section's labels, Chinese and English. */
import type { Text } from '../../engine';
import type { FileState } from './Merge';

const t = (zh: string, en: string): Text => ({ zh, en });

export const MERGE_TEXT = {
  section: t('汇总', 'Consolidate'),
  dropZone: t('报送文件', 'Submission files'),
  hint: t('把本月各单位的报送文件拖到这里，或选择文件（.xlsx、.csv）；文件只在本机读取，不会上传。汇总写入当前工作簿的月报汇总、指标和汇总情况。', 'Drop the month’s submission files here or pick them (.xlsx, .csv); they are read on this machine, never uploaded. The result goes into this workbook’s 月报汇总, 指标 and 汇总情况 sheets.'),
  pick: t('选择文件…', 'Pick files…'),
  force: t('覆盖手工填写的数值（强制）', 'Overwrite figures typed by hand (force)'),
  run: t('汇总', 'Consolidate'),
  files: t('文件', 'Files'),
  state: {
    waiting: t('等待', 'waiting'),
    reading: t('读取中', 'reading'),
    read: t('已读取', 'read'),
    unreadable: t('无法打开', 'cannot open'),
    checked: t('已校验', 'checked'),
    merged: t('已汇总', 'merged'),
    quarantined: t('已隔离', 'quarantined'),
  } satisfies Record<FileState, Text>,
  failed: t('汇总失败：', 'Consolidation failed: '),
  report: t('汇总情况', 'Consolidation report'),
  refused: t('未汇总：见下方问题，工作簿未改动', 'Nothing merged: see the issues below; the workbook is unchanged'),
  merged: t('已汇总：', 'Merged: '),
  quarantined: t('已隔离（有错误，未汇总任何数据）：', 'Quarantined (errors, nothing merged): '),
  changed: t('更改的单元格：', 'Cells changed: '),
  missing: t('未报送：', 'Did not report: '),
  none: t('无', 'none'),
  written: t('已写入：', 'Written: '),
  issues: t('问题', 'Issues'),
  error: t('错误', 'error'),
  warning: t('警告', 'warning'),
} as const;
