/**
 * The fuzzing properties (fast-check): random tables, headers and cells through the table reader and the schemes'
 * sheet readers; random schemes through validation and a run; random arguments through every PERF function. Each
 * states what must hold whatever the input: no exception escapes, every issue has its text in both languages, and
 * the engine's invariants (tiers per group within quota unless a tie warning names the units, composites within the
 * group's bounds, every scored unit ranked). Shared by the short run in `npm test`, `npm run fuzz` and the bench.
 */
import fc from 'fast-check';
import {
  COUNTY_GROUPS, countyPreset, countySummarySpec, engineerSheetSpec, presets, readCountySummary, readTable, runCounty, scoreEngineerSheet,
  scoreStaffSheet, staffSheetSpec, validateScheme, type CellValue, type CountyScheme, type Issue, type TableSpec,
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
    property: fc.property(fc.constantFrom(countySummarySpec, engineerSheetSpec, staffSheetSpec), fc.constantFrom(countySummarySpec, engineerSheetSpec, staffSheetSpec).chain(sheetFor), (spec, sheet) => {
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
