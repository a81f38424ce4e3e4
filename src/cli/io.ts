/** Where the CLI writes: stdout for results, stderr for problems and progress. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly cwd: string;
}

/**
 * Control characters from a sheet (a unit named "\x1b[2J…" would clear or rewrite the terminal) are printed as \u001b
 * escapes: visible, harmless, and in JSON the same string (JSON.stringify leaves C1 controls raw; this escapes them).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const inert = (text: string): string => text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A reader that stops early (perf … | head) closes the pipe: writing there stops quietly, the command carries on
 * (the workbook is still written) and exits with its normal code. Any other stream error is still a crash.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(inert(text.endsWith('\n') ? text : `${text}\n`));
  };
}

export const processIo: Io = {
  out: quietOnClosedPipe(process.stdout),
  err: quietOnClosedPipe(process.stderr),
  cwd: process.cwd(),
};
