/**
 * `npm start`: make the dev certificates if they are missing (generated offline; the CA is not
 * installed, which would need administrator rights), then build and serve the add-in on
 * https://localhost:3000. On Windows and macOS, office-addin-debugging sideloads it into Excel desktop;
 * elsewhere (Linux has no Excel desktop) print where the task pane preview is and which manifest to
 * upload to Excel on the web.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import devCerts from 'office-addin-dev-certs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const certDir = join(homedir(), '.office-addin-dev-certs');
const certs = { ca: join(certDir, 'ca.crt'), cert: join(certDir, 'localhost.crt'), key: join(certDir, 'localhost.key') };
const URL_BASE = 'https://localhost:3000';
const npm = platform() === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', shell: platform() === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
  // Stopping `npm start` stops the server with it, so no dev server is left holding port 3000.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return child;
}

function printWhereToOpen() {
  console.log(`
绩效加载项开发服务器 / 绩效 add-in dev server: ${URL_BASE}
  离线页面（内置样例，可打开 .xlsx/.csv）/ offline page (built-in sample, opens .xlsx/.csv): ${URL_BASE}/taskpane.html
  Excel 网页版 / Excel on the web: 插入 → 加载项 → 上传我的加载项 / Insert → Add-ins → Upload My Add-in:
    ${join(root, 'manifest.xml')}
  开发证书未安装到系统，浏览器首次访问时请信任 / the dev CA is not installed: trust it in the browser first:
    ${certs.ca}
`);
}

// The Office dev tools (office-addin-debugging, office-addin-dev-certs) report usage through office-addin-usage-data:
// turned off here, before any of them runs, so `npm start` sends nothing anywhere (the setting is the user's own file).
const usageDataCli = join(dirname(createRequire(import.meta.url).resolve('office-addin-usage-data/package.json')), 'cli.js');
spawnSync(process.execPath, [usageDataCli, 'off'], { stdio: 'ignore' });

// A dev server never ends on its own: under CI (which should run `npm run build`) say so and stop.
if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
  console.error('npm start 启动的是开发服务器，不会自行结束；CI 中请用 npm run build / npm start runs a dev server that never exits; use npm run build in CI');
  process.exit(1);
}

if (!Object.values(certs).every((f) => existsSync(f))) {
  try {
    await devCerts.generateCertificates(certs.ca, certs.cert, certs.key);
  } catch (e) {
    console.error(`无法生成开发证书 / cannot generate the dev certificates in ${certDir}:
  ${e instanceof Error ? e.message : String(e)}
  检查该目录可写，或放入自己的 ca.crt、localhost.crt、localhost.key / check that the directory is writable, or put your own ca.crt, localhost.crt and localhost.key there`);
    process.exit(1);
  }
}

if (platform() === 'win32' || platform() === 'darwin') {
  // Starts the dev server itself, waits for the port, then opens Excel with the add-in sideloaded.
  run(npm, ['exec', '--', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', '3000', '--no-debug']);
} else {
  printWhereToOpen();
  run(npm, ['run', 'dev-server']);
}
