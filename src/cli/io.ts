/** Where the CLI writes: stdout for results, stderr for problems and progress. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly cwd: string;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
};
