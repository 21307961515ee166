/**
 * Temporary vaults on disk for tests that throw hostile input at the CLI, and a snapshot of
 * every file's bytes so a test can say exactly which files a command changed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when the command threw instead of returning an exit code. */
  thrown?: unknown;
}

/** A new empty folder under the system's temporary folder. */
export function tempFolder(prefix = 'coprod-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes `files` (vault path -> text) into `root`, making folders as needed. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/** A temporary vault holding `files`. */
export function tempVault(files: Record<string, string>, prefix?: string): string {
  const root = tempFolder(prefix);
  writeFiles(root, files);
  return root;
}

export function removeFolder(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Every file under `root` (hidden ones too), by relative path with `/`, with its bytes. */
export function snapshot(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else files.set(child, readFileSync(path.join(root, child)));
    }
  };
  walk('');
  return files;
}

/** What changed between two snapshots: files added, removed and changed. */
export function changes(before: Map<string, Buffer>, after: Map<string, Buffer>): { added: string[]; removed: string[]; changed: string[] } {
  const added = [...after.keys()].filter((file) => !before.has(file)).sort();
  const removed = [...before.keys()].filter((file) => !after.has(file)).sort();
  const changed = [...before.keys()].filter((file) => after.has(file) && !before.get(file)!.equals(after.get(file)!)).sort();
  return { added, removed, changed };
}

/** Runs `coprod` in-process in `cwd`; a throw is caught and returned, never raised. */
export async function runIn(cwd: string, args: string[], today = '2026-11-22'): Promise<Run> {
  let stdout = '';
  let stderr = '';
  try {
    const code = await runCli(args, {
      out: (text) => void (stdout += text),
      err: (text) => void (stderr += text),
      cwd,
      today,
      readStdin: () => Promise.resolve(''),
    });
    return { code, stdout, stderr };
  } catch (thrown) {
    return { code: -1, stdout, stderr, thrown };
  }
}

/** A minimal project note for a hostile-input vault. */
export function projectNote(name: string, extra = ''): string {
  return `---\ncoproduction: project\nname: ${JSON.stringify(name)}\nstart: 2026-01-05\nphase: engagement\n${extra}---\n# ${name}\n`;
}
