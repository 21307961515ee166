/**
 * A vault shared through git (issue 9): two clones each add reflections with `coprod reflect`
 * and mark a different follow-up applied, the way the reflection log does it (through the
 * writer's processProperties). After a merge every entry survives, nothing conflicts, and the
 * dashboard counts each reflection and each applied follow-up once.
 *
 * Needs `git`; without it the test is skipped with a message (CI=true fails instead).
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { fileSystemWriter } from '../../src/cli/fs-source';
import { runCli } from '../../src/cli/run';
import { requireProgram } from '../support/programs';
import { removeFolder, tempFolder } from '../support/temp-vault';

const git = requireProgram('git', ['git']);

const TEMPLATE = path.resolve(__dirname, '../../vault-template');
const TODAY = '2026-11-22';
const PROJECT = 'Full Plates Together';
const REFLECTIONS = `${PROJECT}/Reflections`;
const MENTOR = `${REFLECTIONS}/2026-11-05 Being a peer mentor.md`;
const BUDGET = `${REFLECTIONS}/2026-10-14 The budget still sits with staff.md`;

function run(cwd: string, ...args: string[]): string {
  return execFileSync(git!, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.invalid' },
  });
}

async function coprod(args: string[], minute: number): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    cwd: TEMPLATE,
    today: TODAY,
    now: () => new Date(2026, 10, 22, 9, minute),
    readStdin: () => Promise.resolve(''),
  });
  return { code, stdout, stderr };
}

async function learning(vault: string): Promise<DashboardModel['learning']> {
  const result = await coprod(['dashboard', vault, '--project', PROJECT, '--json', '-'], 0);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as DashboardModel).learning;
}

/** Marks a reflection's follow-up applied as the reflection log does: only its properties change. */
async function markApplied(vault: string, note: string, how: string): Promise<void> {
  const writer = fileSystemWriter(vault, (yaml) => parseYaml(yaml) as unknown, (data) => stringifyYaml(data));
  await writer.processProperties(note, (properties) => {
    properties['follow-up-state'] = 'applied';
    properties['applied-how'] = how;
    properties['applied-on'] = TODAY;
  });
}

/** A reflection with the same first words every time; what will change differs, so each is a note of its own. */
async function reflect(vault: string, author: string, minute: number): Promise<string> {
  const change = `${author} books small tables for the meeting at ${minute} past.`;
  const result = await coprod(
    ['reflect', '--vault', vault, '--project', PROJECT, '--learned', 'Small tables work better.', '--change', change, '--author', author],
    minute,
  );
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return result.stdout.trim();
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) removeFolder(folder);
});

describe.skipIf(!git)('a vault shared through git', () => {
  it('keeps every reflection and every applied follow-up after a merge, each counted once', { timeout: 60_000 }, async () => {
    const root = tempFolder('coprod-git-');
    folders.push(root);
    const seed = path.join(root, 'seed');
    await fs.cp(TEMPLATE, seed, { recursive: true, filter: (source) => !source.includes(`${path.sep}.obsidian`) });
    run(seed, 'init', '-q', '-b', 'main');
    run(seed, 'add', '.');
    run(seed, 'commit', '-q', '-m', 'The vault');
    const origin = path.join(root, 'origin.git');
    run(root, 'clone', '-q', '--bare', seed, origin);
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    run(root, 'clone', '-q', origin, a);
    run(root, 'clone', '-q', origin, b);
    const before = await learning(seed);

    // Amara, on A, writes two reflections with the same first words a minute apart, and marks one follow-up applied.
    const fromA = [await reflect(a, 'Amara', 5), await reflect(a, 'Amara', 6)];
    await markApplied(a, MENTOR, 'Jude now mentors two new members.');
    run(a, 'add', '-A');
    run(a, 'commit', '-q', '-m', 'Amara');
    // Bea, on B, writes one at the same minute as Amara's first, with the same first words, and marks another applied.
    const fromB = [await reflect(b, 'Bea', 5)];
    await markApplied(b, BUDGET, 'Two members now sit on the budget group.');
    run(b, 'add', '-A');
    run(b, 'commit', '-q', '-m', 'Bea');

    run(b, 'push', '-q', 'origin', 'main');
    run(a, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
    expect(run(a, 'status', '--porcelain')).toBe('');
    expect(run(a, 'diff', '--name-only', '--diff-filter=U')).toBe('');

    for (const note of [...fromA, ...fromB]) await expect(fs.access(path.join(a, note))).resolves.toBeUndefined();
    expect(new Set([...fromA, ...fromB]).size).toBe(3);
    const merged = await fs.readFile(path.join(a, MENTOR), 'utf8');
    expect(merged).toContain('follow-up-state: applied');
    expect(await fs.readFile(path.join(a, BUDGET), 'utf8')).toContain('follow-up-state: applied');
    expect(merged).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);

    const after = await learning(a);
    expect(after.reflections).toBe(before.reflections + 3);
    expect(after.authors).toBe(before.authors + 2);
    expect(after.followUps.applied).toBe(before.followUps.applied + 2);
    expect(after.followUps.open).toBe(before.followUps.open + 3 - 2);
    const check = await coprod(['check', a], 0);
    expect(check.stdout).not.toMatch(/Amara|Bea|two versions|copy/);
  });
});
