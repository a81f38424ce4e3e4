// The ET (WPS 表格) object model's typings, namespaces Et and Kso only: et-jsapi-declare's index.d.ts would also
// declare the globals Application and wps for every file, which only src/wps and src/host/wps/globals.ts may touch.
/// <reference path="../../../node_modules/et-jsapi-declare/lib.et.d.ts" />
