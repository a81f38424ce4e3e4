/**
 * The fuzzing properties (fast-check): random tables, headers and cells through the table reader and the schemes'
 * sheet readers (engineer, staff, fiscal self-evaluation, HR penalties, through rankRows); random schemes through validation and a run; random arguments through every PERF function. Each
 * states what must hold whatever the input: no exception escapes, every issue has its text in both languages, and
 * the engine's invariants (tiers per group within quota unless a tie warning names the units, composites within the
 * group's bounds, every scored unit ranked). Shared by the short run in `npm test`, `npm run fuzz` and the bench.
 */
import fc from 'fast-check';
import {
  COUNTY_GROUPS, countyPreset, countySummarySpec, engineerSheetSpec, penaltySheetSpec, presets, rankRows, readCountySummary, readTable, runCounty,
  scoreEngineerSheet, scoreStaffSheet, selfEvalSheetSpec, staffPenalties, staffSheetSpec, validateScheme, type CellValue, type CountyScheme, type Issue,
  type RankedRow, type TableSpec,
} from '../../../src/engine';
import { functionDefinitions, isInputError } from '../../../src/functions/registry';

export interface FuzzProperty {
  readonly name: string;
  /** Relative cost of one run (how many runs it gets out of a budget, inversely). */
  readonly weight: number;
  readonly property: fc.IPropertyWithHooks<unknown[]> | fc.IAsyncPropertyWithHooks<unknown[]>;
}

const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf'];
const INJECTION = ['=1+1', '+cmd|x', '@SUM(1)', '-1+1', '=HYPERLINK("http://x")'];
const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];

/** Any cell a sheet may hold: numbers of every kind, text people type, error values, booleans, dates, blanks. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -5, max: 120 }), weight: 4 },
  { arbitrary: fc.constantFrom(1e308, -1e308, -0, 0.5, 89.995, 90, 1e-308, Number.MAX_SAFE_INTEGER), weight: 1 },
  { arbitrary: fc.constantFrom<CellValue>(...ERRORS, ...PROTO, ...INJECTION, '８５', '85%', '９０％', '八十', ' ', '　', '', '无', '否', '乡镇', '部门', '古城', 'ancient-city', '2026-01-01', '1,234.5', '3分', '1e309', 'NaN', 'Infinity'), weight: 4 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
);

/** Header cells: the spec's names (Chinese, English, aliases), with junk, blanks and prototype names among them. */
const headerCell = (spec: TableSpec): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { arbitrary: fc.constantFrom<CellValue>(...spec.fields.flatMap((f) => [f.label.zh, f.label.en, ...(f.aliases ?? [])])), weight: 6 },
    { arbitrary: fc.constantFrom<CellValue>(null, '序号', '备注', '合计', '*单位名称', '指标评估\n（分）', ...PROTO), weight: 2 },
    { arbitrary: anyCell, weight: 1 },
  );

/** A sheet: maybe a title, a header drawn from the spec, then rows of any cells (sometimes ragged). */
const sheetFor = (spec: TableSpec): fc.Arbitrary<CellValue[][]> =>
  fc.integer({ min: 1, max: 10 }).chain((width) =>
    fc.tuple(
      fc.option(fc.constant<CellValue[]>(['2026 年度绩效考核汇总表']), { nil: undefined }),
      fc.array(headerCell(spec), { minLength: width, maxLength: width }),
      fc.array(fc.array(anyCell, { maxLength: width + 1 }), { maxLength: 12 }),
    ).map(([title, head, rows]) => [...(title ? [title] : []), head, ...rows]),
  );

const origin = { sheet: 'Fuzz', row: 1, col: 1 } as const;

/** A value of the field's own kind, as a clerk types it (choices by their spellings, dates as text or Date). */
function plausible(f: TableSpec['fields'][number]): fc.Arbitrary<CellValue> {
  switch (f.type) {
    case 'count':
      return fc.nat(6);
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10));
    case 'date':
      return fc.constantFrom<CellValue>(null, '2026-04-08', '2026-04-13', new Date(Date.UTC(2026, 3, 10)), 46126);
    case 'choice':
      return fc.constantFrom<CellValue>(...Object.keys(f.choices ?? {}));
    default:
      return f.key === 'period' ? fc.constantFrom<CellValue>('2026-03', '2026-12', '2026年3月') : fc.oneof(fc.constantFrom(...PROTO, ...INJECTION, '办公室', '一车间'), fc.string({ minLength: 1, maxLength: 6 }));
  }
}

/** Mostly `value`, now and then any cell at all: so most rows score and the hostile ones sit among them. */
const mostly = (value: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> => fc.oneof({ arbitrary: value, weight: 9 }, { arbitrary: anyCell, weight: 1 });

/** A sheet the spec recognises (every field's Chinese label as header), rows of plausible values with hostile cells among them. */
export const plausibleSheet = (spec: TableSpec): fc.Arbitrary<CellValue[][]> =>
  fc.array(fc.tuple(...spec.fields.map((f) => mostly(plausible(f)))), { minLength: 1, maxLength: 12 }).map((rows) => [spec.fields.map((f) => f.label.zh), ...rows]);

/** Staff rows: the points of the person's own category filled (后勤: 月底打分 and 日考核, or 互评 and 上级评分 in place of 月底打分 now and then; 生产: 加分, 扣分), the others blank. */
export const staffSheet: fc.Arbitrary<CellValue[][]> = plausibleSheet(staffSheetSpec).chain((sheet) =>
  fc.array(fc.constantFrom('后勤', '后勤', '生产', '评议'), { minLength: sheet.length - 1, maxLength: sheet.length - 1 }).map((kinds) => {
    const keys = staffSheetSpec.fields.map((f) => f.key);
    const other = { 后勤: ['peer', 'superior', 'bonus', 'deduction'], 评议: ['monthEnd', 'bonus', 'deduction'], 生产: ['monthEnd', 'peer', 'superior', 'daily'] };
    const cats = kinds.map((k) => (k === '评议' ? '后勤' : k));
    return [sheet[0]!, ...sheet.slice(1).map((row, i) => row.map((v, c) => (keys[c] === 'category' ? cats[i]! : other[kinds[i]!].includes(keys[c]!) ? null : v)))];
  }),
);

/**
 * Self-evaluation projects as the template lays them out (项目支出绩效自评表: output 50, benefit 30, satisfaction 10,
 * execution 10 from the budget), with random budgets, achievements and percentages and hostile cells among them.
 */
export const selfEvalSheet: fc.Arbitrary<CellValue[][]> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PROTO, ...INJECTION), fc.string({ minLength: 1, maxLength: 6 })),
      mostly(fc.integer({ min: 1, max: 1000 })),
      mostly(fc.integer({ min: 0, max: 1200 })),
      mostly(fc.integer({ min: 0, max: 120 })),
      mostly(fc.constantFrom<CellValue>('达成', '部分达成', '未达成')),
      mostly(fc.integer({ min: 0, max: 100 })),
      mostly(fc.constantFrom<CellValue>('95%', 80, '100%', 0.5)),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((projects) => [
    ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'],
    ...projects.flatMap(([name, budget, executed, actual, verdict, percent, satisfaction]): CellValue[][] => [
      [name, budget, executed, '产出', '数量', '培训人次', '≥50人次', 50, actual, null, null],
      [null, null, null, '效益', '社会', '培训效果', '明显提升', 30, null, verdict, percent],
      [null, null, null, '满意度', '服务对象满意度', '受训人员满意度', '≥90%', 10, satisfaction, null, null],
    ]),
  ]);


/** Every sheet the engine reads a table from. */
const SPECS = [countySummarySpec, engineerSheetSpec, staffSheetSpec, selfEvalSheetSpec, penaltySheetSpec];

/** Every issue is data with its code and a message in both languages; a cell, when named, is an A1 address. */
function wellFormed(issues: readonly Issue[]): void {
  for (const i of issues) {
    if (typeof i.code !== 'string' || i.code === '') throw new Error(`issue without code: ${JSON.stringify(i)}`);
    if (!i.message.zh || !i.message.en) throw new Error(`issue ${i.code} without text in both languages`);
    if (/\[object Object\]/.test(i.message.zh + i.message.en)) throw new Error(`issue ${i.code} text: ${i.message.en}`);
    if (i.cell !== undefined && !/^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/.test(i.cell)) throw new Error(`issue ${i.code} cell ${i.cell}`);
  }
}

/** A parsed number field holds a finite number, a text field a string: nothing else gets through the reader. */
function typedValues(spec: TableSpec, rows: readonly { values: Readonly<Record<string, unknown>> }[]): void {
  for (const r of rows) {
    for (const f of spec.fields) {
      const v = r.values[f.key];
      if (v === undefined || v === null) continue;
      if ((f.type === 'number' || f.type === 'count') && !(typeof v === 'number' && Number.isFinite(v))) throw new Error(`${f.key} read as ${String(v)}`);
      if (f.type === 'text' && typeof v !== 'string') throw new Error(`${f.key} read as ${typeof v}`);
    }
  }
}

/**
 * A row ranking as the schemes rank (competition, higher first): ranks are whole, from 1, and each is one more than
 * the number of rows with a higher shown score; every score finite; no source row twice.
 */
function competitionRanked(what: string, rows: readonly RankedRow[]): void {
  const seen = new Set<string>();
  for (const r of rows) {
    if (!Number.isFinite(r.score) || !Number.isFinite(r.rounded)) throw new Error(`${what} ${r.name} scored ${r.score}`);
    const above = rows.filter((o) => o.rounded > r.rounded).length;
    if (r.rank !== above + 1) throw new Error(`${what} ${r.name} ranked ${r.rank} with ${above} rows above`);
    const at = JSON.stringify(r.source);
    if (seen.has(at)) throw new Error(`${what} row ${at} ranked twice`);
    seen.add(at);
  }
}

/** The group bounds of a composite: every part at 0 less the deduction cap, to every part full plus the bonus cap. */
function bounds(scheme: CountyScheme, group: (typeof COUNTY_GROUPS)[number]): [number, number] {
  const g = scheme.groups[group];
  const full = g.shares.indicator + (g.shares.public ?? 0) + g.shares.leader;
  return g.adjustments ? [-scheme.deductionCap - 1e-9, full + scheme.bonusCap + 1e-9] : [-1e-9, full + 1e-9];
}

/** County summary rows with plausible parts (so most units score) and hostile cells now and then. */
const unitRow = fc.record({
  group: fc.constantFrom<CellValue>('乡镇', '部门', '古城', '乡镇', '部门', '古城', '街道', null),
  indicator: fc.oneof({ arbitrary: fc.double({ min: 0, max: 90, noNaN: true }), weight: 8 }, { arbitrary: anyCell, weight: 1 }),
  public: fc.oneof({ arbitrary: fc.double({ min: 0, max: 30, noNaN: true }), weight: 8 }, { arbitrary: anyCell, weight: 1 }),
  leader: fc.oneof({ arbitrary: fc.double({ min: 0, max: 30, noNaN: true }), weight: 8 }, { arbitrary: anyCell, weight: 1 }),
  bonus: fc.oneof({ arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5, 8), weight: 8 }, { arbitrary: anyCell, weight: 1 }),
  deduction: fc.oneof({ arbitrary: fc.constantFrom(0, 0.5, 1, 2, 5), weight: 8 }, { arbitrary: anyCell, weight: 1 }),
  veto: fc.constantFrom<CellValue>(null, null, null, null, '一票否决', '无', '#N/A'),
  unqualified: fc.constantFrom<CellValue>(null, null, null, null, null, '失职渎职'),
});
const nameArb = fc.oneof(fc.constantFrom(...PROTO, ...INJECTION), fc.string({ minLength: 1, maxLength: 6 }));

export const PROPERTIES: readonly FuzzProperty[] = [
  {
    name: 'table reader: any sheet under any spec reads without throwing; issues well formed, values typed',
    weight: 1,
    property: fc.property(fc.constantFrom(...SPECS), fc.constantFrom(...SPECS).chain(sheetFor), (spec, sheet) => {
      const t = readTable(sheet, spec, origin);
      wellFormed(t.issues);
      typedValues(spec, t.rows);
    }),
  },
  {
    name: 'engineer and staff sheets: any cells score or are named by an error; scores finite',
    weight: 2,
    property: fc.property(sheetFor(engineerSheetSpec), sheetFor(staffSheetSpec), (eng, staff) => {
      const e = scoreEngineerSheet(eng, origin);
      const s = scoreStaffSheet(staff, origin);
      wellFormed(e.issues);
      wellFormed(s.issues);
      for (const r of e.results) if (!Number.isFinite(r.score)) throw new Error(`engineer ${r.name} scored ${r.score}`);
      for (const r of s.results) if (!Number.isFinite(r.final)) throw new Error(`staff ${r.name} scored ${r.final}`);
    }),
  },
  {
    name: 'row rankings (engineer, staff, fiscal self-evaluation) and HR penalties: any cells rank consistently or are named; amounts finite, never negative',
    weight: 3,
    property: fc.property(plausibleSheet(engineerSheetSpec), staffSheet, selfEvalSheet, plausibleSheet(penaltySheetSpec), (eng, staff, fiscal, penalties) => {
      for (const [scheme, values] of [[presets.engineer, eng], [presets.staff, staff], [presets.fiscal, fiscal]] as const) {
        const { ranking, issues } = rankRows(scheme, { values, origin });
        wellFormed(issues);
        competitionRanked(scheme.kind, ranking.results);
      }
      const p = staffPenalties({ values: penalties, origin }, presets.staff);
      wellFormed(p.issues);
      for (const d of p.ranking.results) {
        const amounts = Object.values(d.amounts);
        if (![d.total, ...amounts].every((x) => Number.isFinite(x) && x >= 0)) throw new Error(`penalties of ${d.department}: ${d.total} ${amounts.join(' ')}`);
      }
    }),
  },
  {
    name: 'county: every scored unit ranked, composites within the group bounds, 先进 within quota unless a tie warning names the units',
    weight: 3,
    property: fc.property(fc.uniqueArray(fc.tuple(nameArb, unitRow), { selector: ([n]) => n.trim(), maxLength: 30 }), (units) => {
      const rows: CellValue[][] = [['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格']];
      for (const [name, u] of units) rows.push([name, u.group, u.indicator, u.group === '部门' ? u.public : null, u.leader, u.group === '古城' ? null : u.bonus, u.group === '古城' ? null : u.deduction, u.veto, u.unqualified]);
      const read = readCountySummary(rows, origin);
      const run = runCounty(read.units);
      wellFormed([...read.issues, ...run.issues, ...run.warnings]);
      const scoredUnits = read.units.filter((u) => !run.issues.some((i) => i.severity === 'error' && i.units?.includes(u.unit)));
      if (run.results.length !== scoredUnits.length) throw new Error(`${scoredUnits.length} scored units, ${run.results.length} ranked`);
      for (const r of run.results) {
        const [lo, hi] = bounds(countyPreset, r.group);
        if (!(r.composite >= lo && r.composite <= hi)) throw new Error(`${r.unit} composite ${r.composite} outside ${lo}..${hi}`);
        if (!Number.isInteger(r.rank) || r.rank < 1) throw new Error(`${r.unit} rank ${r.rank}`);
      }
      for (const g of COUNTY_GROUPS) {
        const advanced = run.results.filter((r) => r.group === g && r.tier === '先进');
        if (advanced.length <= run.summary[g].quota) continue;
        const tie = run.warnings.find((w) => w.group === g && (w.code === 'ranking.tie-at-boundary' || w.code === 'ranking.tie-unbroken'));
        if (!tie || !(tie.units ?? []).length) throw new Error(`${g}: ${advanced.length} 先进 over a quota of ${run.summary[g].quota} without a tie warning naming the units`);
      }
    }),
  },
  {
    name: 'schemes: any change to a preset validates or is refused with issues; a valid county scheme runs',
    weight: 2,
    property: fc.property(
      fc.constantFrom(...Object.values(presets)),
      fc.array(fc.tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.oneof(anyCell.map((v) => (v instanceof Date ? v.toISOString() : v)), fc.constantFrom<unknown>({}, [], undefined, { __proto__: { x: 1 } }, 'constructor')), fc.option(fc.constantFrom(...PROTO, 'unknown', 'costStep'), { nil: undefined })), { maxLength: 4 }),
      (preset, edits) => {
        const scheme = JSON.parse(JSON.stringify(preset)) as Record<string, unknown>;
        for (const [path, shared, newKey] of edits) {
          const value: unknown = shared === undefined ? undefined : JSON.parse(JSON.stringify(shared)); // no cycles: a scheme arrives as JSON text
          let at: unknown = scheme;
          for (const step of path) {
            if (typeof at !== 'object' || at === null) break;
            const keys = Object.keys(at);
            if (keys.length === 0) break;
            const k = keys[step % keys.length]!;
            const next = (at as Record<string, unknown>)[k];
            if (typeof next !== 'object' || next === null) {
              (at as Record<string, unknown>)[newKey ?? k] = value;
              at = undefined;
              break;
            }
            at = next;
          }
          if (typeof at === 'object' && at !== null && newKey !== undefined) Object.defineProperty(at, newKey, { value, enumerable: true, writable: true, configurable: true });
        }
        const v = validateScheme(JSON.parse(JSON.stringify(scheme)));
        if (!v.ok) return wellFormed(v.issues);
        if (v.value.kind === 'county') runCounty(readCountySummary([['单位', '类别', '指标评估', '公众评估', '领导评估'], ['甲', '乡镇', 80, null, 9], ['乙', '部门', 50, 25, 8]], origin, v.value).units, v.value);
      },
    ),
  },
  {
    name: 'PERF functions: any arguments give a value or a PerfInputError in both languages, nothing else',
    weight: 1,
    property: fc.property(
      fc.constantFrom(...functionDefinitions),
      fc.array(fc.oneof({ arbitrary: anyCell, weight: 6 }, { arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: fc.array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), weight: 3 }), { maxLength: 8 }),
      (def, args) => {
        let out: unknown;
        try {
          out = def.call(args);
        } catch (e) {
          if (!isInputError(e)) throw e;
          if (!/ \/ /.test(e.message)) throw new Error(`PERF.${def.id}: message not in both languages: ${e.message}`);
          return;
        }
        const flat = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
        for (const x of flat) if (typeof x === 'number' && !Number.isFinite(x)) throw new Error(`PERF.${def.id} returned ${x}`);
      },
    ),
  },
];

/** Runs per property for a total budget, shared by weight (each at least 1). */
export function runsFor(total: number): Map<FuzzProperty, number> {
  const inverse = PROPERTIES.reduce((s, p) => s + 1 / p.weight, 0);
  return new Map(PROPERTIES.map((p) => [p, Math.max(1, Math.ceil((total * (1 / p.weight)) / inverse))]));
}

/** Total runs for this process: PERF_FUZZ_RUNS, else the short run of `npm test`. */
export const fuzzBudget = (): number => Number(process.env['PERF_FUZZ_RUNS'] ?? 1500);
