/** Where the CLI writes: stdout for results, stderr for problems and progress. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly cwd: string;
}

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
    if (!closed) stream.write(text.endsWith('\n') ? text : `${text}\n`);
  };
}

export const processIo: Io = {
  out: quietOnClosedPipe(process.stdout),
  err: quietOnClosedPipe(process.stderr),
  cwd: process.cwd(),
};
