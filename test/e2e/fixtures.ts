/** What the browser tests open: GBK .csv files as Chinese Excel saves them, one clean and one with a bad cell. */
import iconv from 'iconv-lite';

const HEADER = '单位,类别,指标评估,公众评估,领导评估,加分,减分,否决,认定不合格';
const ROWS = ['南牛乡,乡镇,84,,9,2,0,,', '新城铺镇,乡镇,70,,8,0,1,,', '县财政局,部门,55,27,9,1,0,,', '县教育局,部门,50,25,8,0,0,,', '古城一,古城,68,,29,,,,', '古城二,古城,60,,25,,,,', '古城三,古城,65,,28,,,,'];

export const gbkCsv = (rows: readonly string[] = ROWS): Buffer => iconv.encode([HEADER, ...rows].join('\r\n'), 'gbk');

/** 县财政局's 指标评估 is not a number: cell C4. */
export const badGbkCsv = (): Buffer => gbkCsv(ROWS.map((r) => (r.startsWith('县财政局') ? r.replace(',55,', ',五十五,') : r)));
