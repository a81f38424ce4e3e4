/** The small detailed workbook the detail tests edit: one unit per group, every sheet. */
import type { CellValue } from '../core/cell';
import { readCountyDetail } from './detail';
import { countyPreset } from './preset';

export type Book = Record<string, CellValue[][]>;

export const BOOK: Book = {
  单位: [
    ['单位', '类别', '否决', '认定不合格'],
    ['南牛乡', '乡镇', null, null],
    ['招商局', '部门', '综治一票否决', null],
    ['规划分局', '古城', null, null],
  ],
  指标: [
    ['单位', '一级指标', '二级指标', '三级指标', '分值', '标准值', '方向', '中期完成值', '年终完成值', '月份', '完成值'],
    ['南牛乡', '经济发展', '生产总值', 'GDP', 50, 100, null, 80, 100, null, null],
    ['南牛乡', '社会民生', '就业', '新增就业', 40, 10, '≥', 10, 5, null, null],
    ['招商局', '经济发展', '招商', '招商引资', 30, 10, null, 10, 10, null, null],
    ['招商局', '业务工作', '安全', '事故起数', 30, 2, '≤', 1, 4, null, null],
    ['规划分局', '古城风貌恢复工作', '规划', '规划编制', 70, 10, null, null, null, '1月', 10],
    ['规划分局', '古城风貌恢复工作', '规划', '规划编制', 70, 10, null, null, null, '2月', 5],
  ],
  领导评估: [
    ['单位', '中期', '年终', '月份', '得分'],
    ['南牛乡', 8, 10, null, null],
    ['招商局', 9, 9, null, null],
    ['规划分局', null, null, 1, 28],
    ['规划分局', null, null, 2, 30],
  ],
  公众评估: [
    ['单位', '第一季度', '第二季度', '第三季度', '第四季度'],
    ['招商局', 0.9, 0.8, 1, '92%'],
  ],
  加减分: [
    ['单位', '类型', '项目', '分值', '次数', '文号/证书编号'],
    ['南牛乡', '加分', '市委、市政府', null, null, '市委发〔2026〕1号'],
    ['南牛乡', '加分', '省直部门', null, null, null],
    ['南牛乡', '减分', '损害发展环境投诉举报查实', null, 2, null],
    ['招商局', '加分', '县委、县政府研究决定', 1.5, null, '县委〔2026〕9号'],
  ],
};

export const sheets = (book: Book) => Object.entries(book).map(([name, values]) => ({ name, values, origin: { sheet: name, row: 1, col: 1 } }));
export const withSheet = (name: string, values: CellValue[][]): Book => ({ ...BOOK, [name]: values });
export const errors = (book: Book, scheme = countyPreset) =>
  readCountyDetail(sheets(book), scheme).issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet, i.cell ?? null]);
