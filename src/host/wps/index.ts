/** What the task pane and the WPS shell need of the WPS host: detection, the Workbook port, the add-in globals. */
export { detectHost, type PageHost } from './detect';
export { createWpsWorkbook, wpsGlobals, type WpsRoot, type WpsTaskPane } from './globals';
export { WpsWorkbook, type WpsOptions } from './workbook';
