/**
 * `npm start`: make the dev certificates if they are missing (generated offline; the CA is not
 * installed, which would need administrator rights), then build and serve the add-in on
 * https://localhost:3000. On Windows and macOS, office-addin-debugging sideloads it into Excel desktop;
 * elsewhere (Linux has no Excel desktop) print where the task pane preview is and which manifest to
 * upload to Excel on the web.
 */
import { spawn } from 'node:child_process';
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
  return child;
}

function printWhereToOpen() {
  console.log(`
绩效加载项开发服务器 / 绩效 add-in dev server: ${URL_BASE}
  任务窗格预览 / task pane preview (host null = preview): ${URL_BASE}/taskpane.html
  Excel 网页版 / Excel on the web: 插入 → 加载项 → 上传我的加载项 / Insert → Add-ins → Upload My Add-in:
    ${join(root, 'manifest.xml')}
  开发证书未安装到系统，浏览器首次访问时请信任 / the dev CA is not installed: trust it in the browser first:
    ${certs.ca}
`);
}

if (!Object.values(certs).every((f) => existsSync(f))) {
  await devCerts.generateCertificates(certs.ca, certs.cert, certs.key);
}

if (platform() === 'win32' || platform() === 'darwin') {
  // Starts the dev server itself, waits for the port, then opens Excel with the add-in sideloaded.
  run(npm, ['exec', '--', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', '3000', '--no-debug']);
} else {
  printWhereToOpen();
  run(npm, ['run', 'dev-server']);
}
