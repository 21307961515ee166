/** Runs `coprod` in-process with captured output, so CLI tests need no build. */
import path from 'node:path';
import { runCli } from '../../src/cli/run';

export const REPO = path.resolve(__dirname, '../..');
export const DEMO_VAULT = path.join(REPO, 'vault-template');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function coprod(args: string[], options: { cwd?: string; today?: string; stdin?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    cwd: options.cwd ?? REPO,
    stylesPath: path.join(REPO, 'styles.css'),
    today: options.today ?? '2026-11-22',
    // A fixed clock, for the time in a new reflection's file name.
    now: () => new Date(2026, 10, 22, 10, 32, 5),
    readStdin: () => Promise.resolve(options.stdin ?? ''),
  });
  return { code, stdout, stderr };
}
