/** The `staff` scheme: company employee scoring, wage float and department penalties (篇3). */
export { checkStaffScheme, staffSchemeSchema, type StaffScheme, type StaffSchemeInput } from './scheme';
export { staffPreset } from './preset';
export {
  CATEGORY_CHOICES, STAFF_CATEGORY_LABELS, STAFF_FIELDS, explainFinal, floatBasis, floatOf, floatPercentText, readCategory, staffFinal, wageAmountOf, wageFloat,
  type StaffCategory, type StaffFinalInput, type StaffNumbers, type StaffPointField,
} from './final';
export { readPeriod, dayOfNextMonth, type YearMonth } from './period';
export { lateFee, lateFeeOf, staffCalendar, type LateFee } from './late';
export { calendarIssues, type CalendarDate } from './calendar';
export {
  PENALTY_CODES, PENALTY_LABELS, YES_NO_CHOICES, departmentPenalties, explainPenalties, readYesNo,
  type PenaltyCode, type PenaltyInput, type PenaltyResult,
} from './penalties';
export { staffSheetSpec, scoreStaffSheet, type StaffRowResult } from './sheet';
export { penaltySheetSpec, scorePenaltySheet, type PenaltyRowResult } from './penalty-sheet';
export { rankStaffSheet, staffPenalties, type DepartmentPenalty, type PenaltyRanking, type StaffRanked, type StaffRanking } from './rank';
export { PENALTY_KIND_CHOICES, penaltyAmount } from './penalty-kind';
