import { describe, expect, it } from 'vitest';
import { detectHost, HOSTS, type PageSignals } from './host-detect';

const plain: PageSignals = { url: '', framed: false, referrer: '', windowName: '', storedHostInfo: null, nativeHostInfo: false, globals: {} };

describe('detectHost', () => {
  it('is the offline preview in a plain browser: office.js is never loaded there', () => {
    expect(detectHost(plain)).toBe('preview');
    expect(detectHost({ ...plain, url: '?lang=en#top' })).toBe('preview');
    expect(detectHost({ ...plain, framed: true, referrer: 'https://intranet.example.cn/portal' })).toBe('preview');
  });

  it.each([
    ['_host_Info in the query (desktop and Mac)', { url: '?_host_Info=Excel$Win32$16.01$en-US$$$$0' }],
    ['_host_Info after another parameter', { url: '?x=1&_host_Info=Excel|Mac|16.00|zh-CN' }],
    ['_host_Info kept in sessionStorage after a navigation', { storedHostInfo: 'Excel$Win32$16.01$en-US' }],
    ['window.name holding hostInfo', { windowName: '{"hostInfo":"Excel$Web$16.00$zh-CN"}' }],
    ['the desktop hosts’ window.external.GetHostInfo', { nativeHostInfo: true }],
    ['a frame from Office’s web domain (Excel on the web)', { framed: true, referrer: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx' }],
  ])('is Office with %s', (_, signals) => {
    expect(detectHost({ ...plain, ...signals })).toBe('excel');
  });

  it.each([
    ['WPS’s add-in root `wps`', { wps: {} }],
    ['ET’s Application (a workbook collection)', { Application: { ActiveWorkbook: null, Workbooks: {} } }],
  ])('is WPS with %s, even when the URL also carries _host_Info', (_, globals) => {
    expect(detectHost({ ...plain, globals })).toBe('wps');
    expect(detectHost({ ...plain, url: '?_host_Info=Excel$Win32$16.01$en-US', globals })).toBe('wps');
  });

  it('is not WPS for a global Application that is not ET’s', () => {
    expect(detectHost({ ...plain, globals: { Application: { name: 'other' } } })).toBe('preview');
  });

  it('tries the hosts in order: WPS, then Office, then the preview', () => {
    expect(HOSTS.map((h) => h.kind)).toEqual(['wps', 'excel']);
  });
});
