import { detectKind } from './src/commands/detect';
import { VALIDATORS } from './src/commands/validate-submission';
import { readSubmission, validateCountyReport, readTable, countyReportSpec } from './src/engine';
import { monthlyReportSamples } from './src/samples';
const s = monthlyReportSamples();
const o = { sheet: '月报', row: 1, col: 1 };
const ALL = VALIDATORS.map((v) => ({ kind: v.type, spec: v.spec }));
for (let k = 0; k < 3; k++) {
let t = performance.now();
for (const r of s.reports) detectKind(r.values, ALL.slice(0, 2), o);
console.log('detect2', performance.now() - t); t = performance.now();
for (const r of s.reports) validateCountyReport(r.values, o);
console.log('validate', performance.now() - t); t = performance.now();
for (const r of s.reports) readTable(r.values, countyReportSpec, o);
console.log('readTable', performance.now() - t); t = performance.now();
for (const r of s.reports) readSubmission({ file: r.file, kind: 'county-report', values: r.values, origin: o });
console.log('readSubmission', performance.now() - t);
}
