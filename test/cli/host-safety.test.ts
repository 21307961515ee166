/**
 * The CLI host under attack (issue 9): exit codes, a closed pipe, files the system will not
 * hand over, blocked writes, exports that would replace a file, half-made projects, links
 * that lead out of the vault, names with slashes and impossible hours. Each test runs the
 * real command on a temporary vault and checks what it printed, its exit code and every
 * byte on disk, inside the vault and beside it.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_NOTE_BYTES } from '../../src/cli/fs-source';
import { runCli } from '../../src/cli/run';
import { ProjectIndex } from '../../src/index';
import { REPO } from '../support/cli';

const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

type Hook = ((at: string) => Error | undefined) | undefined;
/**
 * Failures a test puts into the file system the CLI sees. Tests run as root here, and root
 * reads and writes through any chmod, so a failing file system stands in for it (the chmod
 * variants below run as well whenever the tests are not root).
 */
const inject = vi.hoisted(() => ({ read: undefined as Hook, readdir: undefined as Hook, write: undefined as Hook, mkdtemp: undefined as Hook }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const fail = (hook: Hook, at: unknown) => {
    const error = hook?.(String(at));
    if (error) throw error;
  };
  type Rest = unknown[];
  const promises = {
    ...real.promises,
    readFile: async (file: string, ...rest: Rest) => (fail(inject.read, file), real.promises.readFile(file, ...(rest as [undefined]))),
    readdir: async (folder: string, ...rest: Rest) => (fail(inject.readdir, folder), real.promises.readdir(folder, ...(rest as [undefined]))),
    writeFile: async (file: string, ...rest: Rest) => (fail(inject.write, file), real.promises.writeFile(file, ...(rest as [string]))),
    mkdtemp: async (prefix: string, ...rest: Rest) => (fail(inject.mkdtemp, prefix), real.promises.mkdtemp(prefix, ...(rest as [undefined]))),
  };
  const readFileSync = (file: string, ...rest: Rest) => (fail(inject.read, file), real.readFileSync(file, ...(rest as [undefined])));
  // Notes are read through a file descriptor: a failing open stands for any failing read.
  const openSync = (file: string, ...rest: Rest) => (fail(inject.read, file), real.openSync(file, ...(rest as [string])));
  const overrides = { promises, readFileSync, openSync };
  return { ...real, ...overrides, default: { ...real, ...overrides } };
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function coprod(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    cwd,
    today: '2026-11-22',
    now: () => new Date(2026, 10, 22, 10, 32, 5),
    stylesPath: path.join(REPO, 'styles.css'),
    readStdin: () => Promise.resolve(''),
  });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(inject, { read: undefined, readdir: undefined, write: undefined, mkdtemp: undefined });
  for (const folder of made.splice(0)) {
    chmodTree(folder);
    rmSync(folder, { recursive: true, force: true });
  }
});

/** Gives back every permission a test took away, so the folder can be removed. */
function chmodTree(folder: string): void {
  if (!existsSync(folder)) return;
  try {
    chmodSync(folder, 0o755);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) chmodTree(path.join(folder, entry.name));
    }
  } catch {
    // A name that is not UTF-8 or a link: rmSync copes with those.
  }
}

const PROJECT = '---\ncoproduction: project\nname: P\nstart: 2026-01-05\nphase: engagement\n---\n# P\n';
const ACTIVITY =
  '---\ncoproduction: activity\nproject: "[[P]]"\ndate: 2026-03-02\nauthor: Sam\ningredients: [mutuality]\n---\n# Met\n\nWe met. #ingredient/mutuality\n';

/** A scratch folder holding `vault/` (one project, one activity) and an `outside/` folder beside it. */
function scratch(extra: Record<string, string> = {}): { top: string; vault: string; outside: string } {
  const top = mkdtempSync(path.join(tmpdir(), 'coprod-host-'));
  made.push(top);
  const vault = path.join(top, 'vault');
  const outside = path.join(top, 'outside');
  mkdirSync(outside);
  const files: Record<string, string> = { 'P/P.md': PROJECT, 'P/Activities/2026-03-02 Met.md': ACTIVITY, ...extra };
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(vault, relative)), { recursive: true });
    writeFileSync(path.join(vault, relative), text);
  }
  return { top, vault, outside };
}

/** Every file and link under `root`, by path, with its bytes (a link by where it points). */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true, encoding: 'buffer' })) {
      const full = Buffer.concat([Buffer.from(folder), Buffer.from(path.sep), entry.name]);
      const shown = path.relative(root, full.toString('latin1'));
      if (entry.isSymbolicLink()) files.set(shown, 'link');
      else if (entry.isDirectory()) walk(full.toString('latin1') === full.toString('utf8') ? full.toString('utf8') : full.toString());
      else files.set(shown, readFileSync(full).toString('base64'));
    }
  };
  walk(root);
  return files;
}

/** One line, no stack: what every refusal and every error must look like. */
function expectOneLine(stderr: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

function systemError(code: string, syscall: string, at: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${at}'`), { code, syscall, path: at });
}

describe('exit codes', () => {
  it('0 when fine, 1 when the notes have problems', async () => {
    const { vault } = scratch();
    expect(await coprod(['check', vault], vault)).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(path.join(vault, 'P/Bad.md'), ACTIVITY.replace('[mutuality]', '[mutualty]'));
    const problems = await coprod(['check', vault], vault);
    expect(problems.code).toBe(1);
    expect(problems.stdout).toContain('P/Bad.md:');
  });

  it('2 when the command cannot run, in one line naming the path', async () => {
    const { top } = scratch();
    const missing = path.join(top, 'nowhere');
    for (const args of [['check', missing], ['dashboard', missing], ['report', missing, '--project', 'P']]) {
      const run = await coprod(args, top);
      expect(run.code).toBe(2);
      expectOneLine(run.stderr);
      expect(run.stderr).toContain(missing);
    }
    const wrong = await coprod(['check', '--nonsense'], top);
    expect(wrong.code).toBe(2);
    expectOneLine(wrong.stderr);
    // An unquoted file name with a space is two words: refused, never half used.
    for (const command of ['check', 'dashboard']) {
      const two = await coprod([command, top, 'Met.md'], top);
      expect(two.code).toBe(2);
      expectOneLine(two.stderr);
      expect(two.stderr).toContain('give one vault folder, not 2');
    }
  });

  it('3 when something unexpected goes wrong: one line and where to report it; the stack only with --debug', async () => {
    const { vault } = scratch();
    vi.spyOn(ProjectIndex.prototype, 'build').mockRejectedValue(new TypeError('boom'));
    const plain = await coprod(['dashboard', vault], vault);
    expect(plain.code).toBe(3);
    expectOneLine(plain.stderr);
    expect(plain.stderr).toContain("project's issue tracker");
    expect(plain.stderr).toContain('--debug');
    const debug = await coprod(['dashboard', vault, '--debug'], vault);
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/TypeError: boom\n\s+at /);
  });

  it('--debug changes nothing when all goes well', async () => {
    const { vault } = scratch();
    const plain = await coprod(['check', vault], vault);
    expect(await coprod(['--debug', 'check', vault], vault)).toEqual(plain);
  });

  it('says what the exit codes mean in the help', async () => {
    const help = await coprod(['--help'], REPO);
    expect(help.stdout).toContain('0 fine, 1 problems found in the notes, 2 the command could not run');
    expect(help.stdout).toContain('3 something unexpected went wrong');
  });
});

/** Runs the real entry point (src/cli/main.ts) with its standard output closed from the start. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/cli/main.ts'), ...args], {
      cwd: REPO,
      env: { ...process.env, COPROD_TODAY: '2026-11-22' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before coprod writes a byte, as `| head -0` would.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed standard output (coprod … | head -1)', () => {
  it('ends dashboard quietly, with no trace', { timeout: 60_000 }, async () => {
    const { vault } = scratch();
    const run = await runWithClosedStdout(['dashboard', vault, '--json', '-']);
    expect(run).toEqual({ code: 0, stderr: '' });
  });

  it('leaves all six files of a new project, and a second run refuses cleanly', { timeout: 60_000 }, async () => {
    const { vault } = scratch();
    const first = await runWithClosedStdout(['new', 'project', 'Piped', '--vault', vault]);
    expect(first).toEqual({ code: 0, stderr: '' });
    const files = [...snapshot(vault).keys()].filter((file) => file.startsWith('Piped'));
    expect(files).toHaveLength(6);
    const before = snapshot(vault);
    const second = await runWithClosedStdout(['new', 'project', 'Piped', '--vault', vault]);
    expect(second.code).toBe(2);
    expectOneLine(second.stderr);
    expect(second.stderr).toContain('already exists');
    expect(snapshot(vault)).toEqual(before);
  });
});

describe('files the system will not hand over', () => {
  it('names an unreadable note in check, warns in dashboard, and never throws', async () => {
    const { vault } = scratch({ 'P/Locked.md': ACTIVITY });
    inject.read = (file) => (file.endsWith('Locked.md') ? systemError('EACCES', 'open', file) : undefined);
    const check = await coprod(['check', vault], vault);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^P\/Locked\.md {2}This note could not be read: permission denied\. It is not counted/m);
    const dashboard = await coprod(['dashboard', vault], vault);
    expect(dashboard.code).toBe(0);
    expectOneLine(dashboard.stderr);
    expect(dashboard.stderr).toContain('could not be read');
    expect(dashboard.stderr).toContain('coprod check');
  });

  it('names an unreadable folder, and refuses an unreadable vault in one line', async () => {
    const { vault } = scratch({ 'P/Closed/a.md': ACTIVITY });
    let closed = path.join(vault, 'P', 'Closed');
    inject.readdir = (folder) => (folder === closed ? systemError('EACCES', 'scandir', folder) : undefined);
    const check = await coprod(['check', vault], vault);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^P\/Closed {2}This folder could not be read \(permission denied\)/m);
    closed = vault;
    const whole = await coprod(['check', vault], vault);
    expect(whole.code).toBe(2);
    expectOneLine(whole.stderr);
    expect(whole.stderr).toContain(`cannot read the folder ${vault}: permission denied.`);
  });

  it.runIf(!IS_ROOT)('names a note and a folder made unreadable with chmod', async () => {
    const { vault } = scratch({ 'P/Locked.md': ACTIVITY, 'P/Closed/a.md': ACTIVITY });
    chmodSync(path.join(vault, 'P/Locked.md'), 0o000);
    chmodSync(path.join(vault, 'P/Closed'), 0o000);
    const check = await coprod(['check', vault], vault);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('P/Locked.md  This note could not be read: permission denied');
    expect(check.stdout).toContain('P/Closed  This folder could not be read (permission denied)');
  });
  if (IS_ROOT) console.log('note: the chmod 000 variant runs only when not root (root reads anything); the same paths are covered above with a failing file system');

  it('names a note whose file name is not valid UTF-8', async () => {
    const { vault } = scratch();
    const badName = Buffer.concat([Buffer.from(path.join(vault, 'P') + path.sep), Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x6d, 0x64])]);
    writeFileSync(badName, ACTIVITY);
    const badFolder = Buffer.concat([Buffer.from(path.join(vault, 'P') + path.sep), Buffer.from([0xc3, 0x28])]);
    mkdirSync(badFolder);
    const check = await coprod(['check', vault], vault);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^P\/f\uFFFD\uFFFD\.md {2}The name of this note is not valid text \(UTF-8\)/m);
    expect(check.stdout).toMatch(/^P\/\uFFFD\( {2}The name of this folder is not valid text \(UTF-8\)/m);
    const dashboard = await coprod(['dashboard', vault], vault);
    expect(dashboard.code).toBe(0);
    expectOneLine(dashboard.stderr);
  });

  it('refuses a note larger than the limit without reading it, and one too large for a string', async () => {
    const { vault } = scratch({ 'P/Huge.md': '' });
    // A sparse file: its size is past the limit but it takes no room on the disk.
    truncateSync(path.join(vault, 'P/Huge.md'), MAX_NOTE_BYTES + 1);
    const check = await coprod(['check', vault], vault);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^P\/Huge\.md {2}This note could not be read: it is 64 MB, more than the 64 MB a note may be/m);
    const suggest = await coprod(['suggest', path.join(vault, 'P/Huge.md')], vault);
    expect(suggest.code).toBe(2);
    expectOneLine(suggest.stderr);
    expect(suggest.stderr).toContain('is larger than a note may be (64 MB)');

    rmSync(path.join(vault, 'P/Huge.md'));
    writeFileSync(path.join(vault, 'P/Long.md'), ACTIVITY);
    inject.read = (file) =>
      file.endsWith('Long.md')
        ? Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' })
        : undefined;
    const long = await coprod(['check', vault], vault);
    expect(long.code).toBe(1);
    expect(long.stdout).toContain('P/Long.md  This note could not be read: the file is too large to read.');
  });
});

describe('blocked writes', () => {
  it('refuses a read-only folder in one line naming the file, and writes nothing', async () => {
    const { top, vault } = scratch();
    const before = snapshot(top);
    inject.write = (file) => (file.startsWith(vault) ? systemError('EROFS', 'open', file) : undefined);
    inject.mkdtemp = (prefix) => (prefix.startsWith(vault) ? systemError('EROFS', 'mkdtemp', prefix) : undefined);
    const runs = [
      await coprod(['reflect', '--vault', vault, '--project', 'P', '--learned', 'Small tables work.'], vault),
      await coprod(['new', 'activity', '--vault', vault, '--project', 'P', '--title', 'Walk'], vault),
      await coprod(['report', vault, '--project', 'P'], vault),
      await coprod(['new', 'project', 'Q', '--vault', vault], vault),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expectOneLine(run.stderr);
      expect(run.stderr).toMatch(/cannot write .+: the folder is read-only\. Nothing was written\./);
      expect(run.stdout).toBe('');
    }
    expect(snapshot(top)).toEqual(before);
  });

  it.runIf(!IS_ROOT)('refuses a folder made read-only with chmod', async () => {
    const { top, vault } = scratch();
    mkdirSync(path.join(vault, 'P/Reflections'));
    chmodSync(path.join(vault, 'P/Reflections'), 0o555);
    const before = snapshot(top);
    const run = await coprod(['reflect', '--vault', vault, '--project', 'P', '--learned', 'x'], vault);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(snapshot(top)).toEqual(before);
  });

  it('refuses where a file stands in place of a folder, and leaves the file as it is', async () => {
    const { top, vault } = scratch({ 'P/Reflections': 'a file, not a folder\n', 'P/Activities/x': '', 'P/Reports': 'mine\n' });
    rmSync(path.join(vault, 'P/Activities'), { recursive: true });
    writeFileSync(path.join(vault, 'P/Activities'), 'also a file\n');
    const before = snapshot(top);
    const runs = [
      await coprod(['reflect', '--vault', vault, '--project', 'P', '--learned', 'x'], vault),
      await coprod(['new', 'activity', '--vault', vault, '--project', 'P', '--title', 'Walk'], vault),
      await coprod(['report', vault, '--project', 'P'], vault),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expectOneLine(run.stderr);
      expect(run.stderr).toContain('a file stands where a folder should be');
    }
    expect(snapshot(top)).toEqual(before);
  });
});

describe('exports never replace a file', () => {
  it('dashboard --html and --json refuse an existing file (a note included) before printing anything', async () => {
    const { top, vault } = scratch();
    const note = path.join(vault, 'P/Activities/2026-03-02 Met.md');
    const before = snapshot(top);
    for (const option of ['--html', '--json']) {
      const run = await coprod(['dashboard', vault, option, note], vault);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expectOneLine(run.stderr);
      expect(run.stderr).toContain(`${note} already exists. Nothing was written`);
    }
    expect(snapshot(top)).toEqual(before);
    const fresh = path.join(top, 'outside', 'dashboard.html');
    expect((await coprod(['dashboard', vault, '--html', fresh], vault)).code).toBe(0);
    expect(readFileSync(fresh, 'utf8')).toContain('<html');
    expect((await coprod(['dashboard', vault, '--json', '-'], vault)).code).toBe(0);
  });

  it('report --out refuses an existing file with exit 2', async () => {
    const { top, vault } = scratch();
    const out = path.join(top, 'outside', 'mine.md');
    writeFileSync(out, 'mine\n');
    const run = await coprod(['report', vault, '--project', 'P', '--out', out], vault);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
  });
});

describe('a new project is made whole or not at all', () => {
  it('leaves nothing behind when a write fails part way', async () => {
    const { top, vault } = scratch();
    const before = snapshot(top);
    let writes = 0;
    inject.write = (file) => (++writes === 4 ? systemError('ENOSPC', 'write', file) : undefined);
    const run = await coprod(['new', 'project', 'Half', '--vault', vault], vault);
    inject.write = undefined;
    expect(writes).toBe(4);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain('the disk is full');
    expect(snapshot(top)).toEqual(before);
    // Nothing half-made stands in the way: the next try makes all six files.
    const again = await coprod(['new', 'project', 'Half', '--vault', vault], vault);
    expect(again.code).toBe(0);
    expect(again.stdout.trim().split('\n')).toHaveLength(6);
    expect(readdirSync(vault).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a folder that appeared, and never mixes into it', async () => {
    const { vault } = scratch({ 'Late/mine.md': 'mine\n' });
    const before = snapshot(vault);
    const run = await coprod(['new', 'project', 'Late', '--vault', vault], vault);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(snapshot(vault)).toEqual(before);
  });
});

describe('nothing is written outside the vault', () => {
  it('refuses Reflections, Reports or Activities folders that are links to somewhere else', async () => {
    const { top, vault, outside } = scratch();
    rmSync(path.join(vault, 'P/Activities'), { recursive: true });
    for (const folder of ['Reflections', 'Reports', 'Activities']) {
      mkdirSync(path.join(outside, folder));
      symlinkSync(path.join(outside, folder), path.join(vault, 'P', folder));
    }
    const before = snapshot(top);
    const runs = [
      await coprod(['reflect', '--vault', vault, '--project', 'P', '--learned', 'x'], vault),
      await coprod(['report', vault, '--project', 'P'], vault),
      await coprod(['new', 'activity', '--vault', vault, '--project', 'P', '--title', 'Walk'], vault),
    ];
    for (const run of runs) {
      expect(run.code).toBe(2);
      expectOneLine(run.stderr);
      expect(run.stderr).toMatch(/leads outside the vault/);
    }
    expect(snapshot(top)).toEqual(before);
    for (const folder of ['Reflections', 'Reports', 'Activities']) expect(readdirSync(path.join(outside, folder))).toEqual([]);
  });

  it('refuses a project folder whose parent is a link out of the vault', async () => {
    const { top, vault, outside } = scratch();
    symlinkSync(outside, path.join(vault, 'Elsewhere'));
    const before = snapshot(top);
    // A project name cannot hold a slash, so the way out is a link the writer meets on the way.
    const run = await coprod(['reflect', '--vault', path.join(vault, 'Elsewhere'), '--project', 'P', '--learned', 'x'], vault);
    expect(run.code).toBe(2);
    expect(snapshot(top)).toEqual(before);
  });

  it('writes normally into a vault opened through a link', async () => {
    const { top, vault } = scratch();
    const link = path.join(top, 'vault-link');
    symlinkSync(vault, link);
    const run = await coprod(['reflect', '--vault', link, '--project', 'P', '--learned', 'Linked vaults work.'], top);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(path.join(vault, run.stdout.trim()))).toBe(true);
  });

  it('never writes through a link standing where the new note would go', async () => {
    const { top, vault, outside } = scratch();
    mkdirSync(path.join(vault, 'P/Reports'));
    symlinkSync(path.join(outside, 'target.md'), path.join(vault, 'P/Reports/End-of-project reflection 2026-11-22.md'));
    const run = await coprod(['report', vault, '--project', 'P'], vault);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('P/Reports/End-of-project reflection 2026-11-22 2.md');
    expect(existsSync(path.join(outside, 'target.md'))).toBe(false);
    expect(statSync(path.join(vault, run.stdout.trim())).isFile()).toBe(true);
    expect(readdirSync(top).sort()).toEqual(['outside', 'vault']);
  });
});

describe('names are names', () => {
  it('keeps --author "1/2" as it was written, in the note and in the dashboard', async () => {
    const { vault } = scratch();
    const reflect = await coprod(['reflect', '--vault', vault, '--project', 'P', '--learned', 'x', '--change', 'Try y', '--author', '1/2'], vault);
    expect(reflect.code).toBe(0);
    expect(readFileSync(path.join(vault, reflect.stdout.trim()), 'utf8')).toContain('author: "1/2"\n');
    const activity = await coprod(['new', 'activity', '--vault', vault, '--project', 'P', '--title', 'Walk', '--author', '1/2'], vault);
    expect(activity.code).toBe(0);
    expect(readFileSync(path.join(vault, activity.stdout.trim()), 'utf8')).toMatch(/^author: "?1\/2"?$/m);
    const dashboard = await coprod(['dashboard', vault, '--json', '-'], vault);
    const model = JSON.parse(dashboard.stdout.slice(dashboard.stdout.indexOf('{\n'))) as { learning: { items: { author?: string }[] } };
    expect(model.learning.items.map((item) => item.author)).toEqual(['1/2']);
  });

  it('finds a project called "Housing / Food" by that name', async () => {
    const { vault } = scratch();
    expect((await coprod(['new', 'project', 'Housing / Food', '--vault', vault], vault)).code).toBe(0);
    for (const args of [
      ['reflect', '--vault', vault, '--project', 'Housing / Food', '--learned', 'x'],
      ['dashboard', vault, '--project', 'Housing / Food'],
      ['new', 'activity', '--vault', vault, '--project', 'Housing / Food', '--title', 'Walk'],
    ]) {
      const run = await coprod(args, vault);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
  });
});

describe('impossible hours', () => {
  it('never prints "Infinity" or an exponent for hours or money', async () => {
    const reward = (day: string) =>
      `---\ncoproduction: reward\nproject: "[[P]]"\nparticipant: "[[Ann]]"\ndate: ${day}\nhours: 1e308\ntype: voucher\namount: 1e308\nbenefits-advice: yes\n---\n# Paid\n`;
    const { top, vault } = scratch({ 'P/Rewards/a.md': reward('2026-03-02'), 'P/Rewards/b.md': reward('2026-03-03') });
    const html = path.join(top, 'outside', 'd.html');
    const report = path.join(top, 'outside', 'r.md');
    const dashboard = await coprod(['dashboard', vault, '--html', html], vault);
    expect((await coprod(['report', vault, '--project', 'P', '--out', report], vault)).code).toBe(0);
    for (const text of [dashboard.stdout, readFileSync(html, 'utf8'), readFileSync(report, 'utf8')]) {
      expect(text).not.toMatch(/Infinity|\de\+\d/);
    }
    // Such a figure is a typing slip: check names it on its line, and it is not added up.
    const check = await coprod(['check', vault], vault);
    expect(check.stdout).toContain('P/Rewards/a.md:6  The property "hours" is more than a million, which looks like a typing slip; check the number');
  });
});
