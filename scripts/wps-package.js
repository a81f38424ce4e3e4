/**
 * The WPS add-in package: its folder name (绩效_<version>, as WPS's jsaddons folder and publish.xml expect) and the
 * install scripts made from src/wps/install with the name and version filled in. Shared by webpack.wps.config.js
 * and the tests that run the scripts.
 */
export const ADDIN_NAME = '绩效';

/** The add-in's folder name for `version`. */
export const addinFolder = (version) => `${ADDIN_NAME}_${version}`;

/**
 * An install script with its placeholders filled. PowerShell scripts get CRLF line ends and a UTF-8 byte order mark:
 * Windows PowerShell 5.1 reads a file without one in the ANSI code page, which would garble the Chinese name.
 */
export function renderInstaller(text, version, file) {
  const filled = String(text).replaceAll('@@NAME@@', ADDIN_NAME).replaceAll('@@VERSION@@', version).replaceAll('@@FOLDER@@', addinFolder(version));
  if (!file.endsWith('.ps1')) return Buffer.from(filled, 'utf8');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(filled.replace(/\r?\n/g, '\r\n'), 'utf8')]);
}
