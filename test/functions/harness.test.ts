/**
 * The PERF functions as Excel runs them: the BUILT functions.json and functions.js, each function looked
 * up by its metadata id and called with Excel-shaped arguments parsed from the formula a user types.
 * Errors must be #VALUE! with a "中文 / English" message naming the argument — never a silent 0.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFunctions } from './build-functions';
import { CustomFunctionError, loadFunctions, type LoadedFunctions } from './excel-runtime';
import { ExcelErrorValue, parseFormula, type Sheet } from './formula';

const NA = new ExcelErrorValue('#N/A');

let excel: LoadedFunctions;

beforeAll(() => {
  excel = loadFunctions(buildFunctions());
});

/** An expected error (#VALUE! unless told) whose message matches every pattern given. */
interface Expected {
  readonly error: readonly RegExp[];
  readonly code?: string;
}
const error = (...patterns: RegExp[]): Expected => ({ error: patterns });
/** An expected #N/A, as RANK.EQ gives for a number not in its range. */
const notAvailable = (...patterns: RegExp[]): Expected => ({ error: patterns, code: '#N/A' });

type Case = readonly [behaviour: string, formula: string, expected: unknown, sheet?: Sheet];

/** Evaluate a formula as Excel would; a thrown CustomFunctions.Error comes back as the value. */
function evaluate(formula: string, sheet: Sheet = {}): unknown {
  const { name, args } = parseFormula(formula, sheet);
  try {
    return excel.call(name, args);
  } catch (e) {
    if (e instanceof CustomFunctionError) return e;
    throw e;
  }
}

function check(formula: string, expected: unknown, sheet?: Sheet): void {
  const got = evaluate(formula, sheet);
  if (expected !== null && typeof expected === 'object' && 'error' in expected) {
    expect(got, `${formula} should be an error`).toBeInstanceOf(CustomFunctionError);
    const e = got as CustomFunctionError;
    expect(e.code).toBe((expected as Expected).code ?? '#VALUE!');
    // Chinese first, English beside it.
    expect(e.message).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]/s);
    for (const p of (expected as Expected).error) expect(e.message).toMatch(p);
    return;
  }
  expect(got, formula).not.toBeInstanceOf(CustomFunctionError);
  if (typeof expected === 'number') expect(got).toBeCloseTo(expected, 9);
  else expect(got).toEqual(expected);
}

function table(fn: string, cases: readonly Case[]): void {
  describe(`PERF.${fn}`, () => {
    for (const [behaviour, formula, expected, sheet] of cases) it(behaviour, () => check(formula, expected, sheet));
  });
}

table('ENGINEER', [
  ['scores the seed example (篇1: 2 rejections, 1 overdue, cost 103%, 1 paper → 95.40)', '=PERF.ENGINEER(2,1,103,100,1)', 95.4],
  ['RULES.md Decision: returns the score rounded half-up to 2 decimals (99.9754 → 99.98)', '=PERF.ENGINEER(0,0,100.123,100,0)', 99.98],
  ['answers to its Chinese name', '=PERF.工程师得分(2,1,103,100,1)', 95.4],
  ['reads numbers typed as text', '=PERF.ENGINEER("2",1,"103","100",1)', 95.4],
  ['takes weights as fractions', '=PERF.ENGINEER(2,1,103,100,1,{0.4,0.2,0.2,0.2})', 95.4],
  ['takes weights as percents from cells', '=PERF.ENGINEER(2,1,103,100,1,A1:D1)', 95.4, { A1: 40, B1: 20, C1: 20, D1: 20 }],
  ['takes weights written with %', '=PERF.ENGINEER(2,1,103,100,1,A1:A4)', 95.4, { A1: '40%', A2: '20%', A3: '20%', A4: '20%' }],
  ['applies other weights', '=PERF.ENGINEER(0,0,100,100,0,{0.25,0.25,0.25,0.25})', 100],
  ['refuses weights that sum to 105% and says the sum', '=PERF.ENGINEER(2,1,103,100,1,{0.4,0.25,0.2,0.2})', error(/105%/, /100%/)],
  ['refuses a weights range that is not 4 cells', '=PERF.ENGINEER(2,1,103,100,1,{0.5,0.5})', error(/4/)],
  ['refuses a blank cell in the weights', '=PERF.ENGINEER(2,1,103,100,1,A1:D1)', error(/空/, /blank/), { A1: 40, B1: 20, C1: 20 }],
  ['treats a blank cost cell as an error, not 0', '=PERF.ENGINEER(2,1,A1,100,1)', error(/cost_actual/, /实际费用/, /不能为空/)],
  ['treats a cost argument left empty as an error', '=PERF.ENGINEER(2,1,103,,1)', error(/cost_plan/, /计划费用/, /不能为空/)],
  ['RULES.md engineer: reads a blank rejections cell as 0 rejections', '=PERF.ENGINEER(A1,1,103,100,1)', 99.4],
  ['RULES.md engineer: reads an overdue argument left empty as 0', '=PERF.ENGINEER(2,,103,100,1)', 96],
  ['RULES.md engineer: reads a blank papers cell as 0 papers', '=PERF.ENGINEER(2,1,103,100,A1)', 94.8],
  ['names the argument of a value that is not a number', '=PERF.ENGINEER(2,1,"很多",100,1)', error(/很多/)],
  ['refuses a fractional count', '=PERF.ENGINEER(1.5,1,103,100,1)', error(/1\.5/)],
  ['refuses a plan of 0', '=PERF.ENGINEER(2,1,103,0,1)', error(/0/)],
  ['names the argument of text that is not a number, in Chinese and English', '=PERF.ENGINEER(2,1,"很多",100,1)', error(/实际费用/, /cost actual/, /很多/)],
  ['refuses #N/A typed in the formula, naming the argument', '=PERF.ENGINEER(#N/A,1,103,100,1)', error(/驳回次数/, /rejections/, /#N\/A/)],
  ['refuses a cell holding #N/A, naming the argument', '=PERF.ENGINEER(2,A1,103,100,1)', error(/逾期次数/, /overdue/, /#N\/A/), { A1: NA }],
  ['refuses #N/A inside the weights range', '=PERF.ENGINEER(2,1,103,100,1,A1:D1)', error(/weights/, /#N\/A/), { A1: 40, B1: NA, C1: 20, D1: 20 }],
  ['refuses a boolean where a count is expected', '=PERF.ENGINEER(TRUE,1,103,100,1)', error(/驳回次数/, /rejections/, /TRUE/)],
  // A multi-cell range given to a one-value argument is lifted by Excel itself (one call per cell, spilled);
  // the registry refuses it for perf eval and WPS (registry.test.ts).
  ['uses the default weights when the weights argument is omitted or left empty', '=PERF.ENGINEER(2,1,103,100,1,)', 95.4],
]);

table('MANAGER', [
  ["adds impression and turnover points to the engineers' mean (篇1 六 2)", '=PERF.MANAGER({90;95.4},2,-1)', 93.7],
  ['skips blank cells in the engineers range', '=PERF.MANAGER(A1:A3,2,-1)', 93.7, { A1: 90, A3: 95.4 }],
  ['refuses a blank impression', '=PERF.MANAGER({90;95.4},A1,-1)', error(/impression/, /不能为空/)],
  ['refuses an engineers range with no score', '=PERF.MANAGER(A1:A3,2,-1)', error(/engineer_scores/)],
  ['refuses text among the engineers’ scores, naming its position', '=PERF.MANAGER({90;"九十"},2,-1)', error(/工程师/, /engineer score 2/, /九十/)],
  ['refuses #N/A among the engineers’ scores', '=PERF.MANAGER(A1:A2,2,-1)', error(/engineer_scores/, /#N\/A/), { A1: 90, A2: NA }],
  ['RULES.md Decision: returns the mean rounded half-up to 2 decimals (91.8333… → 91.83)', '=PERF.MANAGER({90;91;94.5},0,0)', 91.83],
  ['RULES.md Decision: blanks between scores are skipped as AVERAGE skips them', '=PERF.MANAGER(A1:A4,0,0)', 85, { A1: 90, A3: '', A4: 80 }],
]);

table('WAGEFLOAT', [
  ['lowers pay 10% for month-end 95 and daily −5 (篇3 example)', '=PERF.WAGEFLOAT(95,-5)', -0.1],
  ['raises pay 8% for month-end 98 and daily +10 (篇3 example)', '=PERF.WAGEFLOAT(98,10)', 0.08],
  ['treats a blank daily-points cell as an error', '=PERF.WAGEFLOAT(95,A1)', error(/daily_points/, /不能为空/)],
  ['keeps pay level at exactly 100 points', '=PERF.WAGEFLOAT(90,10)', 0],
  ['refuses text for the month-end score, naming it', '=PERF.WAGEFLOAT("优秀",-5)', error(/月底/, /month-end/, /优秀/)],
  ['refuses a boolean', '=PERF.WAGEFLOAT(FALSE,-5)', error(/月底/, /month-end/, /FALSE/)],
  ['refuses #N/A for the daily points', '=PERF.WAGEFLOAT(95,#N/A)', error(/日考核得分/, /daily_points/, /#N\/A/)],
  ['RULES.md Decision: rounds the float half-up to 2 decimals of a percent (−7.245% → −7.25%)', '=PERF.WAGEFLOAT(92.755,0)', -0.0725],
  ['RULES.md staff Decision: floors the float at −100% (a final of −30)', '=PERF.WAGEFLOAT(0,-30)', -1],
]);

table('PENALTY', [
  ['charges 100 yuan a day for a late summary (篇3 五 1)', '=PERF.PENALTY("late",3)', 300],
  ['answers to its Chinese name and takes the kind in Chinese', '=PERF.处罚金额("迟交汇总",3)', 300],
  ['charges 10% of the head’s and clerk’s pay for a month without assessment', '=PERF.PENALTY("当月未考核",1,9000)', 900],
  ['charges an error after sign-off once, whatever the count', '=PERF.PENALTY("review-error",3)', 200],
  ['charges 200 a baseless case', '=PERF.PENALTY("无依据",2)', 400],
  ['charges 500 a harassment case', '=PERF.PENALTY("harassment",2)', 1000],
  ['RULES.md staff Decision: a blank count is 0', '=PERF.PENALTY("baseless",A1)', 0],
  ['refuses an unknown kind, listing the kinds', '=PERF.PENALTY("罚款",1)', error(/罚款/, /late 迟交汇总/)],
  ['refuses a fractional count, naming it', '=PERF.PENALTY("baseless",1.5)', error(/无依据/, /1\.5/)],
  ['refuses pay for a kind that does not use it', '=PERF.PENALTY("late",1,5000)', error(/当月未考核/, /no assessment/)],
  ['refuses a month without assessment without the pay', '=PERF.PENALTY("missing",1)', error(/绩效工资/, /performance pay/)],
]);

// Excel passes dates as serial numbers: 45366 = 2024-03-15, 45392 = 2024-04-10, 45395 = 2024-04-13.
table('LATEFEE', [
  ['charges 100 yuan per calendar day after the 10th of the next month', '=PERF.LATEFEE(45366,45395)', 300],
  ['charges nothing for a summary in by the 10th', '=PERF.LATEFEE(45366,45392)', 0],
  ['uses the per-day fee given', '=PERF.LATEFEE(45366,45395,50)', 150],
  ['uses the default when per_day is a blank cell', '=PERF.LATEFEE(45366,45395,A1)', 300],
  ['refuses a blank submission date', '=PERF.LATEFEE(45366,A1)', error(/submitted/, /不能为空/)],
  // 45641 = 2024-12-15, 45667 = 2025-01-10, 45670 = 2025-01-13: December's summary is due 10 January.
  ['rolls a December period into January of the next year (due 2025-01-10)', '=PERF.LATEFEE(45641,45670)', 300],
  ['charges nothing for a December summary in on 10 January', '=PERF.LATEFEE(45641,45667)', 0],
  ['reads dates typed as text', '=PERF.LATEFEE("2024-12-15","2025-01-13")', 300],
  ['refuses a period that is not a date, naming it', '=PERF.LATEFEE("下个月",45670)', error(/考核月份/, /assessed month/, /下个月/)],
  ['refuses a per-day fee that is not a number', '=PERF.LATEFEE(45641,45670,"一百")', error(/每日罚款/, /per day/, /一百/)],
]);

table('INDICATOR', [
  ['gives full points at the target', '=PERF.INDICATOR(60,50,10)', 10],
  ['gives points in proportion below the target (篇4 按实际完成比例折算)', '=PERF.INDICATOR(45,50,10)', 9],
  ['reverses the proportion for lower-is-better', '=PERF.INDICATOR(2,1,10,"≤")', 5],
  ['gives full points for lower-is-better at or under the target', '=PERF.INDICATOR(1,1,10,"lower")', 10],
  ['refuses a higher-is-better target of 0', '=PERF.INDICATOR(5,0,10)', error(/0/)],
  ['refuses a negative actual', '=PERF.INDICATOR(-1,50,10)', error(/-1/)],
  ['gives points in proportion for lower-is-better written ≤ (target ÷ actual)', '=PERF.INDICATOR(4,3,10,"<=")', 7.5],
  ['refuses a direction it does not know', '=PERF.INDICATOR(2,1,10,"sideways")', error(/方向/, /direction/, /sideways/)],
  ['refuses text for the actual, naming it', '=PERF.INDICATOR("很多",50,10)', error(/actual/, /很多/)],
]);

table('BONUS', [
  ['adds items given by code and by Chinese label', '=PERF.BONUS({"city-committee","省直部门"})', 4],
  ['caps the total at +4 (篇4 五(四))', '=PERF.BONUS({"central","city-committee"})', 4],
  ['takes points as numbers and skips blank cells', '=PERF.BONUS(A1:A3)', 1.5, { A1: 1, A3: 0.5 }],
  ['refuses an item it does not know', '=PERF.BONUS({"外星人表彰"})', error(/外星人表彰/)],
  ['answers to its Chinese name (at least 3 characters, as Excel requires)', '=PERF.加分合计({"city-committee"})', 2],
  ['caps numbers too', '=PERF.BONUS({3;2})', 4],
  ['mixes a Chinese label and a number in a range', '=PERF.BONUS(A1:A2)', 3, { A1: '市委、市政府', A2: 1 }],
  ['refuses a boolean item, naming the position', '=PERF.BONUS({TRUE})', error(/items\[1\]/, /TRUE/)],
  ['refuses #N/A in the items range', '=PERF.BONUS(A1:A2)', error(/items/, /#N\/A/), { A1: 1, A2: NA }],
  ['refuses a range of blanks', '=PERF.BONUS(A1:A2)', error(/items/, /不能为空/)],
]);

table('DEDUCTION', [
  ['adds items and returns a positive magnitude', '=PERF.DEDUCTION({"notice-city","县通报批评"})', 1.5],
  ['caps the total at 4 (篇4 五(四))', '=PERF.DEDUCTION({"notice-province","notice-province","notice-province"})', 4],
  ['adds Chinese labels and numbers, capped at 4', '=PERF.DEDUCTION(A1:A3)', 4, { A1: '省通报批评', A3: 3 }],
  ['answers to its Chinese name', '=PERF.减分合计({"notice-city"})', 1],
  ['refuses an item it does not know', '=PERF.DEDUCTION({"迟到"})', error(/迟到/)],
]);

table('COUNTY', [
  ['adds indicator, leader, bonus and minus deduction for a township', '=PERF.COUNTY("乡镇",85,9,,2,1)', 95],
  ['adds the public part for a department', '=PERF.COUNTY("department",55,8,28)', 91],
  ['adds indicator and leader for the ancient city', '=PERF.COUNTY("古城",65,28)', 93],
  ['refuses an indicator above the township share of 90', '=PERF.COUNTY("township",91,9)', error(/91/)],
  ['refuses a group it does not know', '=PERF.COUNTY("街道",85,9)', error(/街道/)],
  ['refuses a blank leader cell', '=PERF.COUNTY("乡镇",85,A1)', error(/leader/, /不能为空/)],
  ['reads 部门 as a department', '=PERF.COUNTY("部门",55,8,28,1)', 92],
  ['caps bonus and deduction at 4 each', '=PERF.COUNTY("乡镇",85,9,,6,1)', 97],
  ['refuses a public part above the department share of 30', '=PERF.COUNTY("部门",55,8,31)', error(/public/, /公众评估/, /31/)],
  ['refuses a public part for a township, which has none', '=PERF.COUNTY("乡镇",85,9,5)', error(/public/, /公众评估/)],
  ['refuses bonus for the ancient city, which takes none', '=PERF.COUNTY("古城",65,28,,2)', error(/bonus/, /加分/)],
  ['refuses a leader part above the township share of 10', '=PERF.COUNTY("乡镇",85,11)', error(/leader/, /领导评估/, /11/)],
  ['refuses #N/A for the indicator part', '=PERF.COUNTY("乡镇",A1,9)', error(/indicator/, /#N\/A/), { A1: NA }],
]);

const RANKED: Sheet = { A1: 95, A2: 90, A3: 90, A4: 80, B1: '乡镇', B2: '部门', B3: 'township', B4: 'township' };
table('RANK', [
  ['ranks like RANK.EQ by default (1, 2, 2, 4)', '=PERF.RANK(80,A1:A4)', 4, RANKED],
  ['ranks densely on request (中国式排名 1, 2, 2, 3)', '=PERF.RANK(80,A1:A4,,,"dense")', 3, RANKED],
  ['ranks within the group only, matching 乡镇 to township', '=PERF.RANK(90,A1:A4,B1:B4,"乡镇")', 2, RANKED],
  ['compares scores rounded to 2 decimals', '=PERF.RANK(90.004,{90.001;95})', 2],
  ['refuses groups without a group', '=PERF.RANK(90,A1:A4,B1:B4)', error(/group is required/, /须指定类别/), RANKED],
  ['refuses a group without groups', '=PERF.RANK(90,A1:A4,,"乡镇")', error(/groups/, /须给出类别区域/), RANKED],
  ['refuses a group it does not know, naming it', '=PERF.RANK(90,A1:A4,B1:B4,"街道")', error(/group/, /类别/, /街道/), RANKED],
  ['gives #N/A for a score not among the scores, like RANK.EQ', '=PERF.RANK(85,A1:A4)', notAvailable(/85/, /RANK\.EQ/), RANKED],
  ['gives #N/A for a score outside its group, like RANK.EQ', '=PERF.RANK(95,A1:A4,B1:B4,"部门")', notAvailable(/部门/, /department/), RANKED],
  ['skips blank cells at the end of the scores range', '=PERF.RANK(80,A1:A6)', 4, RANKED],
  ['reads the mode 美式 and full-width, spaced names', '=PERF.RANK(80,A1:A4,,,"美式")', 4, RANKED],
  ['refuses groups that do not match the scores one for one', '=PERF.RANK(90,A1:A4,B1:B3,"乡镇")', error(/groups/, /3/, /4/), RANKED],
  ['refuses a score in the range that is not a number', '=PERF.RANK(90,{95;"九十"})', error(/第 2 个值/, /九十/)],
  ['refuses an unknown mode', '=PERF.RANK(90,A1:A4,,,"random")', error(/random/), RANKED],
  ['ranks densely within a group, 中国式 (乡镇 95, 90, 80 → 90 is 2nd)', '=PERF.RANK(90,A1:A4,B1:B4,"township","中国式")', 2, RANKED],
  ['ranks competition-style within a group with ties (95, 90, 90, 80 → 80 is 4th)', '=PERF.RANK(80,{95;90;90;80},{"乡镇";"乡镇";"乡镇";"乡镇"},"乡镇")', 4],
  ['ranks densely within a group with ties (95, 90, 90, 80 → 80 is 3rd)', '=PERF.RANK(80,{95;90;90;80},{"乡镇";"乡镇";"乡镇";"乡镇"},"乡镇","dense")', 3],
  ['refuses a score that is not a number, naming it', '=PERF.RANK("第一",A1:A4)', error(/score/, /第一/), RANKED],
]);

const TOWNS: Sheet = {
  A1: 95, A2: 93, A3: 91, A4: 85, A5: 70, A6: 59, A7: 92,
  B1: '乡镇', B2: '乡镇', B3: '乡镇', B4: '乡镇', B5: '乡镇', B6: '乡镇', B7: '乡镇',
};
table('TIERS', [
  ['tiers a whole group in one call: 25% of 7 → 2 先进 (篇4 六(二))', '=PERF.TIERS(A1:A7,B1:B7)', [['先进'], ['先进'], ['合格'], ['合格'], ['合格'], ['不合格'], ['合格']], TOWNS],
  ['gives a vetoed unit’s place to the next eligible one', '=PERF.TIERS(A1:A7,B1:B7,C1:C7)', [['合格'], ['先进'], ['合格'], ['合格'], ['合格'], ['不合格'], ['先进']], { ...TOWNS, C1: '特大生产安全事故' }],
  ['leaves trailing blank rows blank', '=PERF.TIERS(A1:A9,B1:B9)', [['先进'], ['先进'], ['合格'], ['合格'], ['合格'], ['不合格'], ['合格'], [''], ['']], TOWNS],
  ['refuses a blank score inside the table', '=PERF.TIERS(A1:A7,B1:B7)', error(/3/), { ...TOWNS, A3: null }],
  ['refuses a group it does not know, naming the row', '=PERF.TIERS(A1:A7,B1:B7)', error(/第 ?2 ?行/, /Row 2/, /外星/), { ...TOWNS, B2: '外星' }],
  ['designates a unit 不合格 from the unqualified column', '=PERF.TIERS(A1:A7,B1:B7,,D1:D7)', [['不合格'], ['先进'], ['合格'], ['合格'], ['合格'], ['不合格'], ['先进']], { ...TOWNS, D1: '失职渎职' }],
]);

table('GRADE', [
  ['grades 90 as 优', '=PERF.GRADE(90)', '优'],
  ['grades 80 as 良', '=PERF.GRADE(80)', '良'],
  ['grades 59.99 as 差', '=PERF.GRADE(59.99)', '差'],
  ['grades 89.995 as 优 (rounded half-up to 90.00)', '=PERF.GRADE(89.995)', '优'],
  ['grades 89.994 as 良', '=PERF.GRADE(89.994)', '良'],
  ['grades 79.995 as 良', '=PERF.GRADE(79.995)', '良'],
  ['grades 59.995 as 中', '=PERF.GRADE(59.995)', '中'],
  ['refuses a score above 100', '=PERF.GRADE(101)', error(/101/)],
  ['refuses #N/A', '=PERF.GRADE(#N/A)', error(/score/, /得分/, /#N\/A/)],
  ['refuses a blank cell', '=PERF.GRADE(A1)', error(/score/, /不能为空/)],
  ['refuses text', '=PERF.GRADE("优秀")', error(/优秀/)],
  ['refuses a boolean', '=PERF.GRADE(TRUE)', error(/TRUE/)],
]);

table('SELFEVAL', [
  ['adds execution points (10 × rate) to the indicator points', '=PERF.SELFEVAL(90,100,{45;28;9})', 91],
  ['skips blank cells in the indicator range', '=PERF.SELFEVAL(90,100,A1:A4)', 91, { A1: 45, A3: 28, A4: 9 }],
  ['refuses a blank budget', '=PERF.SELFEVAL(90,A1,{45;28;9})', error(/budget/, /不能为空/)],
  ['gives at most 10 execution points when more than the budget is executed', '=PERF.SELFEVAL(120,100,{45})', 55],
  ['refuses text among the indicator points, naming its position', '=PERF.SELFEVAL(90,100,{45;"好"})', error(/指标得分/, /indicator points\[2\]/, /好/)],
]);

table('EXECLIGHT', [
  ['shows 绿 at ratio ≥ 80%', '=PERF.EXECLIGHT(50,100,6)', '绿'],
  ['shows 黄 between 60% and 80%', '=PERF.EXECLIGHT(35,100,6)', '黄'],
  ['shows 红 below 60%', '=PERF.EXECLIGHT(20,100,6)', '红'],
  ['refuses a month of 13', '=PERF.EXECLIGHT(20,100,13)', error(/13/)],
  // Month 6 is 50% of the year: executed 40 → ratio 80%, 30 → 60%, 29.99 → 59.98%.
  ['shows 绿 at exactly 80%', '=PERF.EXECLIGHT(40,100,6)', '绿'],
  ['shows 黄 at exactly 60%', '=PERF.EXECLIGHT(30,100,6)', '黄'],
  ['shows 红 just under 60%', '=PERF.EXECLIGHT(29.99,100,6)', '红'],
  ['refuses a month that is not a number, naming it', '=PERF.EXECLIGHT(30,100,"x")', error(/月份/, /month/)],
  ['refuses a negative amount executed', '=PERF.EXECLIGHT(-1,100,6)', error(/-1/)],
]);
