/** 通报: the notice of a ranking's results as plain data (rows with roles), from what the engine returned. No scoring here. */
export {
  chineseNumber, noticeDate,
  type CellFormat, type Notice, type NoticeCell, type NoticeKind, type NoticeLang, type NoticeOptions, type NoticeRole, type NoticeRow,
} from './notice';
export {
  countyPartColumns, countyParts, engineerPartColumns, engineerParts, FISCAL_PART_COLUMNS, fiscalParts, STAFF_PART_COLUMNS, staffParts,
  type PartColumn, type PartFormat, type UnitParts, type NoticeEntry,
} from './parts';
export { countyNotice, type CountyNoticeInput } from './county';
export { peopleNotice, type PeopleNoticeInput, type PeopleNoticeKind } from './people';
