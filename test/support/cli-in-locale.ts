/**
 * Runs several `coprod` commands in one child process, so a test can set LANG and TZ (which
 * Node reads once, at start-up). Usage, from a test:
 *   node --import tsx test/support/cli-in-locale.ts VAULT OUTDIR
 * Prints one JSON object: what each command wrote, and probes showing which locale and
 * time zone the process really ran in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { runCli } from '../../src/cli/run';

const [vault, outFolder] = process.argv.slice(2);
if (vault === undefined || outFolder === undefined) throw new Error('usage: cli-in-locale.ts VAULT OUTDIR');

const repo = path.resolve(import.meta.dirname, '../..');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    cwd: vault!,
    stylesPath: path.join(repo, 'styles.css'),
    today: '2026-11-22',
    readStdin: () => Promise.resolve(''),
  });
  return { code, stdout, stderr };
}

const html = path.join(outFolder, 'dashboard.html');
const report = path.join(outFolder, 'report.md');
const results = {
  dashboard: await run(['dashboard', vault, '--json', '-', '--html', html]),
  check: await run(['check', vault]),
  report: await run(['report', vault, '--project', 'Övik', '--out', report, '--include-personal']),
  html: readFileSync(html, 'utf8'),
  reportText: readFileSync(report, 'utf8'),
};
const probes = {
  locale: new Intl.DateTimeFormat().resolvedOptions().locale,
  // What sorting by the process's language would give: this differs between the runs.
  localeSort: ['z', 'ä', 'a', 'I', 'ı', 'i', 'Å'].sort((a, b) => a.localeCompare(b)).join(''),
  offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
};
process.stdout.write(JSON.stringify({ results, probes }));
