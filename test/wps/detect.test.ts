/** Host detection before office.js loads (WPS → Office → offline page), and the port the WPS pane gets. */
import { describe, expect, it } from 'vitest';
import { createWpsWorkbook, detectHost, wpsGlobals } from '../../src/host/wps';
import { FakeEt } from '../host/wps-fake/app';

describe('detectHost', () => {
  it.each([
    ['WPS’s add-in root `wps`', { wps: {} }, 'wps'],
    ['ET’s Application alone', { Application: FakeEt.from({ S: [] }) }, 'wps'],
    ['WPS even when the page URL also carries _host_Info', { wps: {}, location: { search: '?_host_Info=Excel$Win32' } }, 'wps'],
    ['Office’s _host_Info in the query', { location: { search: '?_host_Info=Excel$Win32$16.01$zh-CN', hash: '' } }, 'office'],
    ['Office’s _host_Info in the hash', { location: { search: '', hash: '#_host_Info=excel|web' } }, 'office'],
    ['host info office.js kept in sessionStorage', { sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'excel|web' : null) } }, 'office'],
    ['a frame of Excel on the web', { self: 1, top: 2, document: { referrer: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx' } }, 'office'],
    ['a frame of another site', { self: 1, top: 2, document: { referrer: 'https://example.org/' } }, 'offline'],
    ['a plain browser', { location: { search: '', hash: '' } }, 'offline'],
    ['an Application that is not ET', { Application: { name: 'other' } }, 'offline'],
    ['storage that refuses to be read', { sessionStorage: { getItem: () => { throw new Error('denied'); } } }, 'offline'],
  ] as const)('%s → %s', (_what, env, host) => {
    expect(detectHost(env)).toBe(host);
  });
});

describe('createWpsWorkbook', () => {
  it('opens the port on the workbook WPS has open, events from wps.ApiEvent', async () => {
    const x = FakeEt.from({ 表一: [['a']], 表二: [] });
    const wb = createWpsWorkbook({ wps: { ApiEvent: x.ApiEvent }, Application: x });
    expect(wb.kind).toBe('wps');
    expect(await wb.sheetNames()).toEqual(['表一', '表二']);
    expect(wb.onSelectionChanged).toBeDefined();
  });

  it('finds Application on `wps` when the page has no global one, and refuses outside WPS', () => {
    const x = FakeEt.from({ S: [] });
    expect(wpsGlobals({ wps: { Application: x } })?.app).toBe(x);
    expect(() => createWpsWorkbook({})).toThrow(/WPS/);
  });
});
