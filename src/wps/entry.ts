/**
 * The WPS add-in's entry page (index.html), loaded by WPS when 表格 starts: registers the PERF functions and puts the
 * callbacks ribbon.xml names on the page's global object, where WPS looks them up by name. Nothing here waits.
 */
import { createWpsWorkbook, wpsGlobals } from '../host/wps/globals';
import { registerFunctions } from './functions';
import { ribbonCallbacks } from './ribbon';

const found = wpsGlobals();
if (found) registerFunctions(found.root, found.app);

Object.assign(globalThis, ribbonCallbacks({
  root: found?.root ?? {},
  workbook: () => createWpsWorkbook(),
  paneUrl: new URL('taskpane.html', globalThis.location.href).href,
  alert: (message) => globalThis.alert(message),
}));
