/** Built-in sample workbooks: the county sample `perf demo` ranks, its units' June monthly reports, and small engineer, staff and 绩效目标表 sheets. */
export { COUNTY_UNITS } from './county-units';
export { countySampleSheets, type SheetValues } from './county-sheets';
export { engineerSampleSheet, staffSampleSheet } from './people';
export { fiscalTargetSampleSheet } from './fiscal';
export { monthlyReportSamples, REPORT_ROWS, REPORT_SHEET, REPORT_STORY, SAMPLE_REPORT_PERIOD, type SampleReport } from './monthly-reports';
export { consolidationMasterSheets, SAMPLE_MASTER_FILE } from './consolidation-master';
