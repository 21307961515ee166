/**
 * Vitest's global set-up: every temporary folder the tests make lands in one folder for the
 * run, removed when the run ends. Before, the vaults that tests made under the system's
 * temporary folder stayed there: over 9,000 of them after a few days of test runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const NAMES = ['TMPDIR', 'TMP', 'TEMP'] as const;
/** Set while a run's folder is in use: each test project runs this set-up again, and must not nest a folder in it. */
const MARK = 'COPROD_TEST_TEMP';

export default function setup(): () => void {
  if (process.env[MARK] !== undefined) return () => undefined;
  // A short name: Chromium's socket path under it must stay within the system's limit.
  const root = mkdtempSync(path.join(tmpdir(), 'coprod-t-'));
  const before = NAMES.map((name) => [name, process.env[name]] as const);
  // os.tmpdir() reads these on every call, here and in the test workers started after this.
  for (const name of NAMES) process.env[name] = root;
  process.env[MARK] = root;
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    delete process.env[MARK];
    rmSync(root, { recursive: true, force: true });
  };
}
