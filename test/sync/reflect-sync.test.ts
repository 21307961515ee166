/**
 * The real writers under real sync (issue 9): two people on two devices run `coprod reflect`
 * on the same day with the same first words, while two Syncthing instances on 127.0.0.1 share
 * the vault. Reflection names carry the time and the author, so both files survive the sync,
 * and `check` and `dashboard --json` count each once on both devices.
 *
 * Run it alone with:   npx vitest run test/sync/reflect-sync.test.ts
 * Needs `syncthing`; without it the test is skipped with a message (CI=true fails instead).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { runCli } from '../../src/cli/run';
import { copyName } from '../../src/model/conflicts';
import { requireProgram } from '../support/programs';
import { startSyncthingPair, type SyncDevice, type SyncthingPair } from './syncthing';

const syncthing = requireProgram('Syncthing', ['syncthing']);

const TEMPLATE = path.resolve(__dirname, '../../vault-template');
const TODAY = '2026-11-22';
const PROJECT = 'Full Plates Together';
const WORDS = 'The handover felt rushed.';
/** Both people press enter in the same minute: only the author tells the names apart. */
const CLOCK = () => new Date(2026, 10, 22, 14, 5, 0);

async function coprod(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    cwd: TEMPLATE,
    today: TODAY,
    now: CLOCK,
    readStdin: () => Promise.resolve(''),
  });
  return { code, stdout, stderr };
}

async function learning(vault: string): Promise<DashboardModel['learning']> {
  const result = await coprod(['dashboard', vault, '--project', PROJECT, '--json', '-']);
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as DashboardModel;
  return json.learning;
}

async function copyTemplate(into: string): Promise<void> {
  await fs.cp(TEMPLATE, into, {
    recursive: true,
    filter: (source) => !path.relative(TEMPLATE, source).split(path.sep).includes('.obsidian'),
  });
}

describe.skipIf(!syncthing)('coprod reflect on two devices synced by Syncthing', { timeout: 120_000 }, () => {
  let pair: SyncthingPair | undefined;

  beforeAll(async () => {
    pair = await startSyncthingPair(syncthing!, { seedA: copyTemplate });
    await pair.waitInSync();
  }, 120_000);

  afterAll(async () => {
    await pair?.stop();
  }, 60_000);

  it('keeps both reflections and counts each once', async () => {
    if (!pair) throw new Error('Syncthing did not start; see the error from beforeAll.');
    const { a, b, listFiles, waitInSync } = pair;
    const before = await learning(a.vault);
    const checkBefore = await coprod(['check', a.vault]);

    const write = (device: SyncDevice, author: string) =>
      coprod(['reflect', '--vault', device.vault, '--project', PROJECT, '--learned', WORDS, '--change', `${author} will ask first.`, '--author', author]);
    const [fromA, fromB] = await Promise.all([write(a, 'Amara'), write(b, 'Bea')]);
    expect(fromA).toMatchObject({ code: 0, stderr: '' });
    expect(fromB).toMatchObject({ code: 0, stderr: '' });
    const pathA = fromA.stdout.trim();
    const pathB = fromB.stdout.trim();
    expect(pathA).toBe(`${PROJECT}/Reflections/${TODAY} 14-05 Amara - The handover felt rushed.md`);
    expect(pathB).toBe(`${PROJECT}/Reflections/${TODAY} 14-05 Bea - The handover felt rushed.md`);
    const textA = await fs.readFile(path.join(a.vault, pathA), 'utf8');
    const textB = await fs.readFile(path.join(b.vault, pathB), 'utf8');
    await waitInSync();

    const filesA = await listFiles(a);
    expect(await listFiles(b)).toEqual(filesA);
    expect([...filesA.keys()].filter((file) => copyName(file)?.tool !== undefined)).toEqual([]);
    for (const device of [a, b]) {
      expect(await fs.readFile(path.join(device.vault, pathA), 'utf8')).toBe(textA);
      expect(await fs.readFile(path.join(device.vault, pathB), 'utf8')).toBe(textB);
      const after = await learning(device.vault);
      expect(after.reflections, `reflections on device ${device.label}`).toBe(before.reflections + 2);
      expect(after.authors, `authors on device ${device.label}`).toBe(before.authors + 2);
      expect(after.followUps.open, `open follow-ups on device ${device.label}`).toBe(before.followUps.open + 2);
      const check = await coprod(['check', device.vault]);
      expect(check.code, check.stdout).toBe(checkBefore.code);
      expect(check.stdout).not.toContain('Amara');
      expect(check.stdout).not.toContain('Bea');
    }
  });
});
