/** Entry point of the bundled CLI (dist/coprod.mjs): wires the real world to runCli. */
import { localDay } from '../domain';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { hasCode } from './file-errors';
import { EXIT, REPORT_IT } from './io';
import { runCli } from './run';

const debug = process.argv.slice(2).includes('--debug');

/**
 * A reader that closed its end (`coprod dashboard | head -1`) is not an error: the rest of
 * the output goes nowhere and the command still finishes its work, so a write that was
 * under way is never cut in half.
 */
let stdoutOpen = true;
process.stdout.on('error', (error) => {
  if (hasCode(error, 'EPIPE')) stdoutOpen = false;
  else lastResort(error);
});
let stderrOpen = true;
process.stderr.on('error', () => {
  stderrOpen = false;
});

function say(text: string): void {
  if (stderrOpen) process.stderr.write(text);
}

/** Anything that escaped runCli: one line, the stack only with --debug, exit code 3. */
function lastResort(error: unknown): void {
  if (hasCode(error, 'EPIPE')) return;
  say(`coprod: something went wrong that the tracker did not expect. ${REPORT_IT}; add --debug to see the details.\n`);
  if (debug) say(`${error instanceof Error ? (error.stack ?? String(error)) : String(error)}\n`);
  process.exitCode = EXIT.unexpected;
}
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(process.argv.slice(2), {
  out: (text) => {
    if (stdoutOpen) process.stdout.write(text);
  },
  err: say,
  // In place on a terminal: back to the line's start, the text, then the rest of the line cleared.
  progress: process.stderr.isTTY ? (line) => say(line === '' ? '\r\u001b[K' : `\r${line}\u001b[K`) : undefined,
  cwd: process.cwd(),
  // dist/coprod.mjs sits one folder below the package root, beside vault-template/.
  stylesPath: fileURLToPath(new URL('../styles.css', import.meta.url)),
  today: process.env.COPROD_TODAY ?? localDay(new Date()),
  readStdin,
});
if (process.exitCode === undefined) process.exitCode = code;
