/**
 * The install scripts as a user runs them: install-wps.sh under a temporary HOME (POSIX sh, dash here) copies the
 * add-in folder into ~/.local/share/Kingsoft/wps/jsaddons and MERGES our entry into publish.xml — another add-in's
 * entry kept byte for byte, a second install one entry not two, uninstall removing only ours. PowerShell cannot run
 * here: install-wps.ps1 is checked for the same entry, the same folder and the same keep-the-others rule by reading it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADDIN_NAME, addinFolder, renderInstaller } from '../../scripts/wps-package.js';

const installSource = (file: string): string => readFileSync(new URL(`../../src/wps/install/${file}`, import.meta.url), 'utf8');

let work: string;
let home: string;
const jsaddons = (): string => join(home, '.local/share/Kingsoft/wps/jsaddons');
const publish = (): string => join(jsaddons(), 'publish.xml');

/** A built package for `version`: the add-in folder and the scripts beside it. */
function pack(version: string): string {
  const dir = join(work, `pkg-${version}`);
  mkdirSync(join(dir, addinFolder(version), 'images'), { recursive: true });
  writeFileSync(join(dir, addinFolder(version), 'index.html'), `<!doctype html><title>${version}</title>`);
  for (const file of ['install-wps.sh', 'uninstall-wps.sh', 'install-wps.ps1', 'uninstall-wps.ps1']) {
    writeFileSync(join(dir, file), renderInstaller(installSource(file), version, file));
  }
  return dir;
}

function run(dir: string, script: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', [join(dir, script)], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ours = (xml: string): string[] => xml.match(/<jsplugin\b[^>]*name="绩效"[^>]*>/g) ?? [];

const OTHER = '    <jsplugin name="公文助手" type="wps" url="http://oa.example/wps/" version="2.3.1" enable="enable" install="null" customDomain=""/>';
const withOther = `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${OTHER}\n  <jsplugin type="et" name="绩效考核" url="kh_1.0" version="1.0"/>\n</jsplugins>\n`;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'perf-wps-install-'));
  home = join(work, 'home');
  mkdirSync(home);
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('install-wps.sh', () => {
  it('installs into a fresh HOME: the folder copied, publish.xml written with our one entry', () => {
    const r = run(pack('0.1.0'), 'install-wps.sh');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/重启 WPS.*restart WPS/);
    expect(existsSync(join(jsaddons(), addinFolder('0.1.0'), 'index.html'))).toBe(true);
    const xml = readFileSync(publish(), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(ours(xml)).toEqual([`<jsplugin name="${ADDIN_NAME}" type="et" url="${addinFolder('0.1.0')}" version="0.1.0" enable="enable_dev" install="null"/>`]);
  });

  it('keeps another add-in’s entries as they were, byte for byte, and adds ours once', () => {
    mkdirSync(jsaddons(), { recursive: true });
    writeFileSync(publish(), withOther);
    const r = run(pack('0.1.0'), 'install-wps.sh');
    expect(r.status, r.stderr).toBe(0);
    const xml = readFileSync(publish(), 'utf8');
    expect(xml).toContain(`${OTHER}\n  <jsplugin type="et" name="绩效考核" url="kh_1.0" version="1.0"/>\n`);
    expect(ours(xml)).toHaveLength(1);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(readFileSync(`${publish()}.bak`, 'utf8')).toBe(withOther);
  });

  it('a second install leaves one entry, not two, and a newer version replaces the older entry and folder', () => {
    mkdirSync(jsaddons(), { recursive: true });
    writeFileSync(publish(), withOther);
    const first = pack('0.1.0');
    run(first, 'install-wps.sh');
    run(first, 'install-wps.sh');
    expect(ours(readFileSync(publish(), 'utf8'))).toHaveLength(1);
    const r = run(pack('0.2.0'), 'install-wps.sh');
    expect(r.status, r.stderr).toBe(0);
    const xml = readFileSync(publish(), 'utf8');
    expect(ours(xml)).toEqual([expect.stringContaining('version="0.2.0"')]);
    expect(xml).toContain(OTHER);
    expect(readdirSync(jsaddons()).filter((f) => f.startsWith(`${ADDIN_NAME}_`))).toEqual([addinFolder('0.2.0')]);
  });

  it('replaces an entry of ours WPS rewrote (attributes reordered, a closing tag) and fills an empty <jsplugins/>', () => {
    mkdirSync(jsaddons(), { recursive: true });
    writeFileSync(publish(), `<jsplugins>\n${OTHER}\n\t<jsplugin version="0.0.9" name="绩效" type="et" url="绩效_0.0.9"></jsplugin>\n</jsplugins>`);
    run(pack('0.1.0'), 'install-wps.sh');
    let xml = readFileSync(publish(), 'utf8');
    expect(ours(xml)).toEqual([expect.stringContaining('version="0.1.0"')]);
    expect(xml).not.toContain('0.0.9');
    expect(XMLValidator.validate(xml)).toBe(true);
    writeFileSync(publish(), '<?xml version="1.0"?>\n<jsplugins />\n');
    run(pack('0.1.0'), 'install-wps.sh');
    xml = readFileSync(publish(), 'utf8');
    expect(ours(xml)).toHaveLength(1);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('refuses a publish.xml that is not an add-in list and leaves it untouched', () => {
    mkdirSync(jsaddons(), { recursive: true });
    writeFileSync(publish(), '<config><x/></config>\n');
    const r = run(pack('0.1.0'), 'install-wps.sh');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/未作改动.*left untouched/s);
    expect(readFileSync(publish(), 'utf8')).toBe('<config><x/></config>\n');
  });
});

describe('uninstall-wps.sh', () => {
  it('removes only our entry and our folder', () => {
    mkdirSync(join(jsaddons(), '公文助手_2.3.1'), { recursive: true });
    writeFileSync(publish(), withOther);
    const dir = pack('0.1.0');
    run(dir, 'install-wps.sh');
    const r = run(dir, 'uninstall-wps.sh');
    expect(r.status, r.stderr).toBe(0);
    const xml = readFileSync(publish(), 'utf8');
    expect(ours(xml)).toEqual([]);
    expect(xml).toBe(withOther);
    expect(readdirSync(jsaddons()).sort()).toEqual(['publish.xml', 'publish.xml.bak', '公文助手_2.3.1']);
  });

  it('does nothing where nothing was installed', () => {
    expect(run(pack('0.1.0'), 'uninstall-wps.sh').status).toBe(0);
    expect(existsSync(jsaddons())).toBe(false);
  });
});

describe('install-wps.ps1 (read, not run: no PowerShell here)', () => {
  const ps1 = renderInstaller(installSource('install-wps.ps1'), '0.1.0', 'install-wps.ps1');
  const text = ps1.subarray(3).toString('utf8');

  it('is UTF-8 with a byte order mark and CRLF, as Windows PowerShell 5.1 needs for the Chinese name', () => {
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).not.toContain('@@');
  });

  it('installs into %APPDATA%\\kingsoft\\wps\\jsaddons, the folder named as the shell script names it', () => {
    expect(text).toContain("Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'");
    expect(text).toContain(`$Name = '${ADDIN_NAME}'`);
    expect(text).toContain("$Version = '0.1.0'");
  });

  it('edits publish.xml as a DOM, removing only jsplugin elements named ours, then appending one', () => {
    expect(text).toMatch(/\$root\.SelectNodes\('jsplugin'\)/);
    expect(text).toMatch(/if \(\$node\.GetAttribute\('name'\) -eq \$Name\) \{ \[void\]\$root\.RemoveChild\(\$node\) \}/);
    expect(text.match(/AppendChild/g)).toHaveLength(1);
    expect(text).toMatch(/if \(\$root\.Name -ne 'jsplugins'\) \{ throw/);
    expect(text).toContain('"$Publish.bak"');
  });

  it('balances its braces, brackets and parentheses, and quotes (a cheap stand-in for the parser we do not have)', () => {
    for (const script of [text, renderInstaller(installSource('uninstall-wps.ps1'), '0.1.0', 'uninstall-wps.ps1').subarray(3).toString('utf8')]) {
      const code = script.split('\r\n').filter((l) => !l.trimStart().startsWith('#')).join('\n').replace(/'[^']*'|"[^"]*"/g, '""');
      for (const [open, close] of [['{', '}'], ['(', ')'], ['[', ']']] as const) expect(code.split(open).length, open).toBe(code.split(close).length);
      expect(code.replace(/""/g, ''), 'an unterminated string').not.toMatch(/['"]/);
    }
  });

  it('writes the same entry attributes as install-wps.sh', () => {
    const attrs = [...text.matchAll(/@\('(\w+)', /g)].map((m) => m[1]);
    const sh = installSource('install-wps.sh');
    const shAttrs = [.../ENTRY="<jsplugin ([^/]*)\/>"/.exec(sh)![1]!.matchAll(/(\w+)=/g)].map((m) => m[1]);
    expect(attrs).toEqual(shAttrs);
  });
});
