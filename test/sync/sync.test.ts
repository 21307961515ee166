/**
 * A real sync test: two Syncthing instances ("device A" and "device B") on 127.0.0.1 share
 * one vault, as a team would, and we check the promise of the design ("Writing safely in a
 * shared, synced vault"): two people writing at the same minute never touch the same file,
 * and a conflict copy is shown under "Needs attention" and never counted twice.
 *
 * Run it alone with:   npx vitest run test/sync
 *
 * It needs the `syncthing` program (Debian/Ubuntu: apt install syncthing). Without it the
 * tests are skipped with a message; under CI=true a missing Syncthing fails instead.
 * Nothing leaves 127.0.0.1: discovery, relays, NAT, usage and crash reports are all off
 * (see test/sync/syncthing.ts). Both instances are stopped and their folders removed in
 * afterAll, also when a test fails. Typical run time: about 10 seconds.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { fileSystemWriter } from '../../src/cli/fs-source';
import { runCli } from '../../src/cli/run';
import { copyName } from '../../src/model/conflicts';
import { requireProgram } from '../support/programs';
import { startSyncthingPair, type SyncDevice, type SyncthingPair } from './syncthing';

const syncthing = requireProgram('Syncthing', ['syncthing']);

const TEMPLATE = path.resolve(__dirname, '../../vault-template');
const TODAY = '2026-11-22';
const PROJECT = 'Full Plates Together';
const ACTIVITY = `${PROJECT}/Activities/2026-11-12 Planning the handover.md`;

interface CliRun {
  code: number;
  /** Every piece of text the command wrote to standard output, in order. */
  out: string[];
  err: string;
}

async function coprod(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  let err = '';
  const code = await runCli(args, {
    out: (text) => void out.push(text),
    err: (text) => void (err += text),
    cwd: TEMPLATE,
    today: TODAY,
    readStdin: () => Promise.resolve(''),
  });
  return { code, out, err };
}

/** `coprod dashboard VAULT --json -`: the whole output, and the JSON (printed last) parsed. */
async function dashboard(vault: string): Promise<{ text: string; models: DashboardModel[] }> {
  const result = await coprod(['dashboard', vault, '--json', '-']);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  const json = JSON.parse(result.out.at(-1) ?? 'null') as DashboardModel | DashboardModel[];
  return { text: result.out.join(''), models: Array.isArray(json) ? json : [json] };
}

function projectOf(models: DashboardModel[]): DashboardModel {
  const model = models.find((candidate) => candidate.project.name === PROJECT);
  if (!model) throw new Error(`no dashboard for ${PROJECT}`);
  return model;
}

/** What is counted: every figure built from evidence, leaving out what only lists problems. */
function counted(model: DashboardModel) {
  return {
    ingredients: model.ingredients,
    trend: model.trend,
    voices: model.voices,
    learning: model.learning,
    rewards: model.rewards,
    phases: model.phases,
    barriers: model.barriers,
  };
}

/** Copies the demo vault without its .obsidian folder (each device has its own settings). */
async function copyTemplate(into: string): Promise<void> {
  await fs.cp(TEMPLATE, into, {
    recursive: true,
    filter: (source) => !path.relative(TEMPLATE, source).split(path.sep).includes('.obsidian'),
  });
}

async function copyVault(from: string, into: string): Promise<void> {
  await fs.cp(from, into, { recursive: true, filter: (source) => path.basename(source) !== '.stfolder' });
}

function writer(device: SyncDevice) {
  return fileSystemWriter(device.vault, (yaml) => parseYaml(yaml) as unknown, (data) => stringifyYaml(data));
}

function reflection(author: string, title: string, happened: string): string {
  return [
    '---',
    'coproduction: reflection',
    `project: "[[${PROJECT}]]"`,
    `date: ${TODAY}`,
    `author: ${author}`,
    'phase: learning',
    'ingredients: []',
    'involved: [lived-experience]',
    `follow-up: ${author} will bring this to the next meeting.`,
    'follow-up-state: open',
    '---',
    `# ${title}`,
    '',
    '## What happened',
    happened,
    '',
  ].join('\n');
}

function conflictCopies(files: Map<string, string>): string[] {
  return [...files.keys()].filter((file) => copyName(file)?.tool !== undefined);
}

describe.skipIf(!syncthing)('a vault shared by two devices through Syncthing', { timeout: 120_000 }, () => {
  let pair: SyncthingPair | undefined;
  const devices = (): SyncthingPair => {
    if (!pair) throw new Error('Syncthing did not start; see the error from beforeAll.');
    return pair;
  };

  beforeAll(async () => {
    pair = await startSyncthingPair(syncthing!, { seedA: copyTemplate });
    await pair.waitInSync();
  }, 120_000);

  afterAll(async () => {
    await pair?.stop();
  }, 60_000);

  it('talks to nothing but 127.0.0.1', async () => {
    const { a, b, api } = devices();
    for (const device of [a, b]) {
      const options = await api<Record<string, unknown>>(device, 'GET', '/rest/config/options');
      expect(options).toMatchObject({
        globalAnnounceEnabled: false,
        localAnnounceEnabled: false,
        relaysEnabled: false,
        natEnabled: false,
        urAccepted: -1,
        crashReportingEnabled: false,
        autoUpgradeIntervalH: 0,
        announceLANAddresses: false,
        listenAddresses: [`tcp://127.0.0.1:${device.listenPort}`],
      });
      const configured = await api<{ deviceID: string; addresses: string[] }[]>(device, 'GET', '/rest/config/devices');
      for (const other of configured) {
        expect(other.addresses.every((address) => address.startsWith('tcp://127.0.0.1:'))).toBe(true);
      }
    }
  });

  it('shows the same dashboard on both devices after the first sync', async () => {
    const { a, b, listFiles } = devices();
    const filesA = await listFiles(a);
    expect(filesA.size).toBeGreaterThan(50);
    expect(await listFiles(b)).toEqual(filesA);

    const onA = await dashboard(a.vault);
    const onB = await dashboard(b.vault);
    expect(projectOf(onA.models).learning.reflections).toBeGreaterThan(0);
    expect(onB.text).toBe(onA.text);
  });

  it('keeps both reflections when two people write one at the same moment on two devices', async () => {
    const { a, b, listFiles, waitInSync } = devices();
    const before = projectOf((await dashboard(a.vault)).models).learning;
    expect(projectOf((await dashboard(b.vault)).models).learning).toEqual(before);

    // `coprod reflect` does not exist yet, so each device writes through the CLI's writer.
    const fromA = {
      path: `${PROJECT}/Reflections/${TODAY} Amara - The handover felt rushed.md`,
      text: reflection('Amara', 'The handover felt rushed', 'We ran out of time to agree who holds the keys.'),
    };
    const fromB = {
      path: `${PROJECT}/Reflections/${TODAY} Bea - Carers want a say in January.md`,
      text: reflection('Bea', 'Carers want a say in January', 'Two carers asked to help plan the January sessions.'),
    };
    await Promise.all([writer(a).createNote(fromA.path, fromA.text), writer(b).createNote(fromB.path, fromB.text)]);
    await waitInSync();

    for (const device of [a, b]) {
      expect(await fs.readFile(path.join(device.vault, fromA.path), 'utf8')).toBe(fromA.text);
      expect(await fs.readFile(path.join(device.vault, fromB.path), 'utf8')).toBe(fromB.text);
      expect(conflictCopies(await listFiles(device))).toEqual([]);
      const learning = projectOf((await dashboard(device.vault)).models).learning;
      expect(learning.reflections, `reflections on device ${device.label}`).toBe(before.reflections + 2);
      expect(learning.authors, `reflection authors on device ${device.label}`).toBe(before.authors + 2);
      expect(learning.followUps.open, `open follow-ups on device ${device.label}`).toBe(before.followUps.open + 2);
      // Neither new note is a problem or a copy; the demo's own consent review is the one problem.
      const checked = (await coprod(['check', device.vault])).out.join('');
      expect(checked).not.toContain(fromA.path);
      expect(checked).not.toContain(fromB.path);
      expect(checked).toMatch(/Checked \d+ notes: 1 problem\.\n$/);
    }
    expect((await dashboard(b.vault)).text).toBe((await dashboard(a.vault)).text);
  });

  it('shows a real conflict copy under "Needs attention" and never counts it', async () => {
    const { a, b, root, listFiles, pause, resume, scan, waitInSync } = devices();
    const lineFromA = 'Device A: Sky will hold the keys to the kitchen from January.';
    const lineFromB = 'Device B: Morgan will hold the keys to the kitchen from January.';

    // Cut the link, let both people change the same activity, then reconnect.
    await pause(a, b);
    await writer(a).processNote(ACTIVITY, (text) => `${text.trimEnd()}\n\n${lineFromA}\n`);
    await writer(b).processNote(ACTIVITY, (text) => `${text.trimEnd()}\n\n${lineFromB}\n`);
    // The older change loses and becomes the copy: make that device A's, so the outcome is known.
    const now = Date.now() / 1000;
    await fs.utimes(path.join(a.vault, ACTIVITY), now - 120, now - 120);
    await fs.utimes(path.join(b.vault, ACTIVITY), now, now);
    await scan();
    await resume(a, b);
    await waitInSync();

    const filesA = await listFiles(a);
    expect(await listFiles(b)).toEqual(filesA);
    const copies = conflictCopies(filesA);
    expect(copies).toHaveLength(1);
    const copy = copies[0]!;
    // Syncthing 1.19 names it NAME.sync-conflict-DATE-TIME-ID.md, where ID starts the id of the
    // device whose change WON (here B), although the copy holds the losing text (A's).
    const stem = ACTIVITY.replace(/\.md$/, '');
    expect(copy.startsWith(`${stem}.sync-conflict-`)).toBe(true);
    expect(copy).toMatch(new RegExp(`\\.sync-conflict-\\d{8}-\\d{6}-${b.deviceId.slice(0, 7)}\\.md$`));
    expect(copyName(copy)?.tool).toBe('Syncthing');
    for (const device of [a, b]) {
      expect(await fs.readFile(path.join(device.vault, ACTIVITY), 'utf8')).toContain(lineFromB);
      expect(await fs.readFile(path.join(device.vault, copy), 'utf8')).toContain(lineFromA);
    }

    for (const device of [a, b]) {
      const checked = await coprod(['check', device.vault]);
      expect(checked.code, `coprod check on device ${device.label}`).toBe(1);
      expect(checked.out.join('')).toContain(copy);

      const model = projectOf((await dashboard(device.vault)).models);
      expect(model.attention).toContainEqual(expect.objectContaining({ kind: 'conflict', path: copy }));
    }
    expect((await dashboard(b.vault)).text).toBe((await dashboard(a.vault)).text);

    // Counted as if the copy were not there...
    const withoutCopy = path.join(root, 'without-copy');
    await copyVault(a.vault, withoutCopy);
    await fs.rm(path.join(withoutCopy, copy));
    const synced = counted(projectOf((await dashboard(a.vault)).models));
    expect(synced).toEqual(counted(projectOf((await dashboard(withoutCopy)).models)));

    // ...and that comparison would catch it if the copy were counted as an activity of its own.
    const copyAsNote = path.join(root, 'copy-as-note');
    await copyVault(a.vault, copyAsNote);
    await fs.rename(path.join(copyAsNote, copy), path.join(copyAsNote, `${stem} (second version).md`));
    const doubled = counted(projectOf((await dashboard(copyAsNote)).models));
    expect(doubled.voices.activities).toBe(synced.voices.activities + 1);
    expect(doubled.ingredients).not.toEqual(synced.ingredients);
  });
});
