/**
 * 48 monthly indicator reports (指标完成情况月报, 篇4 六(三)) for the county sample's units, June 2026, as the units
 * would send them to the 绩效办: a form line with the unit and 报送日期 above the engine's countyReportSpec columns.
 * Each report lists the unit's scored leaves (county-indicators.ts, the same names as the sample's 指标 sheet) with
 * their June cumulative equal to the sample's mid-year actual (ancient-city: June's monthly actual), then 监测指标
 * (monitoring-indicators.ts) up to 40 rows. Some are late (after the 10th of July), one has an error (a month
 * actual typed as text), one unit resends its report with two figures corrected. Deterministic (seeded): same values on every run.
 */
import type { CellValue, CountyGroup } from '../engine';
import { SAMPLE_INDICATORS } from './county-indicators';
import { buildCountySample, type SampleCountyUnit } from './county-model';
import type { SheetValues } from './county-sheets';
import { MONITORING_INDICATORS } from './monitoring-indicators';
import { seeded, typed } from './random';

export const SAMPLE_REPORT_PERIOD = { y: 2026, m: 6 } as const;
/** Rows per report (the bench's "48 monthly reports of 40 indicators each"). */
export const REPORT_ROWS = 40;
export const REPORT_SHEET = '月报';
const SEED = 20260710;

export interface SampleReport {
  readonly file: string;
  /** As the report spells it (one writes its brackets full width: matched to the master's name all the same). */
  readonly unit: string;
  readonly group: CountyGroup;
  readonly sheet: string;
  readonly values: SheetValues;
  readonly submitted: Date;
  /** Sent after the 10th of July. */
  readonly late: boolean;
  /** 'error': quarantined by validation; 'resent': the corrected report sent again later. */
  readonly flaw?: 'error' | 'resent';
}

/** The units whose story the sample tells (names from the seed, 篇4 三). */
export const REPORT_STORY = {
  /** Late: sent on these days of July. */
  late: { 南楼乡: 13, 农开办: 11, 供销总社: 15, 矿管办: 17, 计生局: 12, 交通局: 14 } as Readonly<Record<string, number>>,
  /** Its 本月完成值 of the first monitoring indicator typed as text: the report is quarantined. */
  error: '曲阳桥乡',
  /** Sends its report on the 8th and a correction on the 9th. */
  resent: '招商局',
  /** Writes its name with full-width brackets. */
  fullWidth: '商务局(粮食局)',
} as const;

const HEADER: CellValue[] = ['单位', '月份', '指标名称', '标准值', '方向', '本月完成值', '累计完成值', '备注'];
const MONTH = `${SAMPLE_REPORT_PERIOD.y}年${SAMPLE_REPORT_PERIOD.m}月`;
const dir = (d: 'higher' | 'lower'): string => (d === 'lower' ? '≤' : '≥');
/** A rate (%) is a level: the month's figure is the cumulative. Everything else adds up month by month. */
const isRate = (measure: string): boolean => measure === '%';

/** A flow's June figure: about a sixth of the half-year, never above the cumulative. */
function monthShare(cum: number, decimals: number, rnd: () => number): number {
  return Math.min(cum, typed((cum / 6) * (0.8 + 0.4 * rnd()), decimals));
}

/** The scored leaves: June cumulative = the sample's mid-year actual (or, for a monthly group, the months so far). */
function leafRows(u: SampleCountyUnit, unit: string, rnd: () => number): CellValue[][] {
  const monthly = u.periods.filter((p) => typeof p.key === 'number' && p.key <= SAMPLE_REPORT_PERIOD.m);
  const mid = u.periods.find((p) => p.key === 'mid');
  return SAMPLE_INDICATORS[u.group].map((d, i) => {
    const name = `${d.name}（${d.measure}）`;
    const head: CellValue[] = [unit, MONTH, name, u.targets[i]!, dir(d.direction)];
    if (mid) {
      const cum = mid.actuals[i]!;
      const month = isRate(d.measure) ? cum : d.direction === 'lower' ? Math.min(cum, Math.floor(rnd() * 2)) : monthShare(cum, d.decimals, rnd);
      return [...head, month, cum, null];
    }
    const june = monthly.find((p) => p.key === SAMPLE_REPORT_PERIOD.m)!.actuals[i]!;
    const cum = isRate(d.measure) ? june : typed(monthly.reduce((a, p) => a + p.actuals[i]!, 0), d.decimals);
    return [...head, june, cum, null];
  });
}

/** 监测指标 up to REPORT_ROWS, each unit's targets and figures from its own seeded stream. */
function monitoringRows(unit: string, count: number, rnd: () => number): CellValue[][] {
  return MONITORING_INDICATORS.slice(0, count).map((d) => {
    const target = d.direction === 'lower' ? d.target : typed(d.target * (0.7 + 0.6 * rnd()), d.decimals);
    let cum: number;
    let month: number;
    if (d.direction === 'lower') {
      cum = Math.floor(rnd() * (d.target + 1));
      month = Math.min(cum, Math.floor(rnd() * 2));
    } else {
      cum = isRate(d.measure) ? Math.min(100, typed(target * (0.95 + 0.08 * rnd()), d.decimals)) : typed(target * (0.9 + 0.22 * rnd()), d.decimals);
      month = isRate(d.measure) ? cum : monthShare(cum, d.decimals, rnd);
    }
    return [unit, MONTH, `${d.name}（${d.measure}）`, target, dir(d.direction), month, cum, null];
  });
}

const utc = (m: number, d: number): Date => new Date(Date.UTC(SAMPLE_REPORT_PERIOD.y, m - 1, d));

function reportOf(u: SampleCountyUnit, index: number, day: number, rows: CellValue[][], flaw?: SampleReport['flaw']): SampleReport {
  const unit = u.unit === REPORT_STORY.fullWidth ? u.unit.replace('(', '（').replace(')', '）') : u.unit;
  const submitted = utc(7, day);
  const values: SheetValues = [
    ['指标完成情况月报'],
    ['报送单位', unit, null, '报送日期', submitted],
    [],
    HEADER,
    ...rows.map((r) => [unit, ...r.slice(1)]),
  ];
  const suffix = flaw === 'resent' ? '-更正' : '';
  return {
    file: `${MONTH}-${String(index + 1).padStart(2, '0')}-${u.unit}-指标完成情况月报${suffix}.xlsx`,
    unit, group: u.group, sheet: REPORT_SHEET, values, submitted, late: day > 10,
    ...(flaw ? { flaw } : {}),
  };
}

/**
 * The sample's June reports: `reports` one per unit in the seed's order (48), `resent` the corrected report of
 * REPORT_STORY.resent, sent a day after its first (to merge in a second run: two files for one unit and month
 * in one run are refused).
 */
export function monthlyReportSamples(): { reports: SampleReport[]; resent: SampleReport } {
  const units = buildCountySample();
  const reports: SampleReport[] = [];
  let resent: SampleReport | undefined;
  units.forEach((u, index) => {
    const rnd = seeded(SEED + index);
    const leaves = leafRows(u, u.unit, rnd);
    const rows = [...leaves, ...monitoringRows(u.unit, REPORT_ROWS - leaves.length, rnd)];
    const day = REPORT_STORY.late[u.unit] ?? 1 + Math.floor(rnd() * 9);
    if (u.unit === REPORT_STORY.error) {
      // 本月完成值 typed with a word in it: not a number, so the whole report waits in quarantine.
      const at = leaves.length;
      rows[at] = [...rows[at]!.slice(0, 5), `约${String(rows[at]![5])}`, ...rows[at]!.slice(6)];
      reports.push(reportOf(u, index, day, rows, 'error'));
      return;
    }
    if (u.unit === REPORT_STORY.resent) {
      reports.push(reportOf(u, index, 8, mistyped(rows, leaves.length)));
      resent = reportOf(u, index, 9, corrected(rows, leaves.length), 'resent');
      return;
    }
    reports.push(reportOf(u, index, day, rows));
  });
  if (!resent) throw new Error(`monthly report sample: no unit ${REPORT_STORY.resent} to resend`);
  return { reports, resent };
}

/**
 * The first report's two slips, which its resend corrects: the first leaf's 本月完成值 typed ten times over (the
 * validator warns that the cumulative is below it) and the first monitoring indicator's cumulative 150 too high.
 */
function mistyped(rows: readonly CellValue[][], leaves: number): CellValue[][] {
  return rows.map((r, i) => {
    if (i === 0) return [...r.slice(0, 5), Number(r[5]) * 10, ...r.slice(6)];
    if (i === leaves) return [...r.slice(0, 6), Number(r[6]) + 150, ...r.slice(7)];
    return r;
  });
}

/** The resend: the right figures, each corrected row saying so in 备注. */
function corrected(rows: readonly CellValue[][], leaves: number): CellValue[][] {
  return rows.map((r, i) => (i === 0 ? [...r.slice(0, 7), '更正：本月完成值'] : i === leaves ? [...r.slice(0, 7), '更正：累计完成值'] : r));
}
