import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coprod } from '../support/cli';
import { projectBase } from '../../src/model/project-base';

let vault: string;

beforeEach(() => {
  vault = mkdtempSync(path.join(tmpdir(), 'coprod-new-'));
});
afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

/** Every file below the vault with its bytes. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else files.set(relative, readFileSync(path.join(root, relative)).toString('base64'));
    }
  };
  walk('');
  return files;
}

const lines = (text: string) => text.trim().split('\n').filter((line) => line !== '');
/** A note's properties, as YAML reads them (the tracker writes them with the yaml library). */
const props = (text: string) => parse(/^---\n([\s\S]*?)---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('coprod new project', () => {
  it('creates the project note, four phase notes and a base, and they check clean', async () => {
    const result = await coprod(['new', 'project', 'Test project', '--vault', vault, '--start', '2026-03-02']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'Test project/Test project.md',
      'Test project/Phases/Starting out.md',
      'Test project/Phases/Engagement.md',
      'Test project/Phases/Rewards.md',
      'Test project/Phases/Learning.md',
      'Test project/Test project.base',
    ]);
    const project = readFileSync(path.join(vault, 'Test project/Test project.md'), 'utf8');
    expect(props(project)).toMatchObject({ start: '2026-03-02', name: 'Test project' });
    expect(props(readFileSync(path.join(vault, 'Test project/Phases/Starting out.md'), 'utf8'))).toMatchObject({ started: '2026-03-02' });
    expect(readFileSync(path.join(vault, 'Test project/Phases/Engagement.md'), 'utf8')).toMatch(/^started:$/m);

    // The base reads its own folder, so it is the same text for every project.
    expect(readFileSync(path.join(vault, 'Test project/Test project.base'), 'utf8')).toBe(projectBase());

    const check = await coprod(['check', vault]);
    expect(check.stdout).toContain('Checked 5 notes: no problems.');
    expect(check.code).toBe(0);
  });

  it('refuses when the folder exists, and changes no byte', async () => {
    expect((await coprod(['new', 'project', 'Test project', '--vault', vault])).code).toBe(0);
    writeFileSync(path.join(vault, 'Test project/Phases/Engagement.md'), 'my own words\n');
    const before = snapshot(vault);
    const again = await coprod(['new', 'project', 'Test project', '--vault', vault]);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/already exists.*Nothing was created/);
    expect(snapshot(vault)).toEqual(before);
  });

  it('refuses a folder that exists without a project in it', async () => {
    mkdirSync(path.join(vault, 'Tea and Talk'));
    writeFileSync(path.join(vault, 'Tea and Talk', 'notes.md'), 'mine\n');
    const before = snapshot(vault);
    const result = await coprod(['new', 'project', 'Tea and Talk', '--vault', vault]);
    expect(result.code).toBe(2);
    expect(snapshot(vault)).toEqual(before);
  });

  it('makes a safe folder name from any project name', async () => {
    const result = await coprod(['new', 'project', 'Food: "what next?"', '--vault', vault]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)[0]).toBe('Food what next/Food what next.md');
    expect(props(readFileSync(path.join(vault, 'Food what next/Food what next.md'), 'utf8')).name).toBe('Food: "what next?"');
    expect((await coprod(['check', vault])).code).toBe(0);
  });

  it('explains wrong use with exit code 2', async () => {
    expect((await coprod(['new', '--vault', vault])).code).toBe(2);
    expect((await coprod(['new', 'project', '--vault', vault])).code).toBe(2);
    expect((await coprod(['new', 'project', 'A', '--vault', vault, '--start', '14/04/2026'])).code).toBe(2);
    expect((await coprod(['new', 'poem', '--project', 'A', '--vault', vault])).code).toBe(2);
    expect((await coprod(['new', 'project', 'A', '--vault', path.join(vault, 'missing')])).code).toBe(2);
    expect(readdirSync(vault)).toEqual([]);
  });
});

describe('coprod new KIND', () => {
  beforeEach(async () => {
    expect((await coprod(['new', 'project', 'Test project', '--vault', vault], { today: '2026-04-14' })).code).toBe(0);
  });

  it('gives two reflections made in the same second two files', async () => {
    const first = await coprod(['new', 'reflection', '--project', 'Test project', '--vault', vault, '--author', 'Sam'], { today: '2026-04-14' });
    const second = await coprod(['new', 'reflection', '--project', 'Test project', '--vault', vault, '--author', 'Sam'], { today: '2026-04-14' });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(lines(first.stdout)).toEqual(['Test project/Reflections/2026-04-14 10-32 Sam - Reflection.md']);
    expect(lines(second.stdout)).toEqual(['Test project/Reflections/2026-04-14 10-32 Sam - Reflection 2.md']);
    expect(readdirSync(path.join(vault, 'Test project/Reflections'))).toHaveLength(2);
    const text = readFileSync(path.join(vault, 'Test project/Reflections/2026-04-14 10-32 Sam - Reflection 2.md'), 'utf8');
    expect(props(text)).toMatchObject({ project: '[[Test project]]', author: 'Sam', phase: 'starting-out', date: '2026-04-14' });
    expect((await coprod(['check', vault])).code).toBe(0);
  });

  it('gives untitled notes of one day distinct names even without an author', async () => {
    const paths: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await coprod(['new', 'reflection', '--project', 'Test project', '--vault', vault]);
      expect(result.code).toBe(0);
      paths.push(lines(result.stdout)[0]!);
    }
    expect(new Set(paths).size).toBe(3);
  });

  it('creates each kind in its folder, titled, and every note checks clean', async () => {
    const made: Record<string, string> = {};
    for (const [kind, title] of [
      ['activity', 'Kick-off: first meeting'],
      ['participant', 'Rowan'],
      ['reward', 'Rowan voucher'],
      ['assessment', ''],
    ] as const) {
      const args = ['new', kind, '--project', 'test project', '--vault', vault, '--author', 'Priya'];
      if (title) args.push('--title', title);
      const result = await coprod(args, { today: '2026-04-14' });
      expect(result.code, result.stderr).toBe(0);
      made[kind] = lines(result.stdout)[0]!;
    }
    expect(made).toEqual({
      activity: 'Test project/Activities/2026-04-14 Kick-off first meeting.md',
      participant: 'Test project/Participants/Rowan.md',
      reward: 'Test project/Rewards/2026-04-14 Rowan voucher.md',
      assessment: 'Test project/Assessments/2026-04-14 Self-assessment - Priya.md',
    });
    expect(props(readFileSync(path.join(vault, made.participant!), 'utf8')).pseudonym).toBe('Rowan');
    const check = await coprod(['check', vault]);
    // A new participant note waits for its consent date, a new reward for who it was for and
    // how much; nothing else needs attention.
    expect(check.stdout).toBe(
      'Test project/Participants/Rowan.md:6  No consent is recorded for Rowan (Add "consent-date:" once they have agreed to take part. Until then, do not record their words)\n' +
        'Test project/Rewards/2026-04-14 Rowan voucher.md:4  This reward names no participant and has no hours or amount, so it is not counted (Fill in who it was for, the hours and the amount, or delete the note if it was made by mistake)\n' +
        'Checked 9 notes: 2 problems.\n',
    );
  });

  it('never overwrites a note that is already there', async () => {
    mkdirSync(path.join(vault, 'Test project/Participants'), { recursive: true });
    const existing = path.join(vault, 'Test project/Participants/Rowan.md');
    writeFileSync(existing, 'keep me\n');
    const mtime = statSync(existing).mtimeMs;
    const result = await coprod(['new', 'participant', '--project', 'Test project', '--vault', vault, '--title', 'Rowan']);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual(['Test project/Participants/Rowan 2.md']);
    expect(readFileSync(existing, 'utf8')).toBe('keep me\n');
    expect(statSync(existing).mtimeMs).toBe(mtime);
  });

  it('refuses a second participant with a pseudonym the project has, and writes nothing', async () => {
    const first = await coprod(['new', 'participant', '--project', 'Test project', '--vault', vault, '--title', 'Rowan']);
    expect(lines(first.stdout)).toEqual(['Test project/Participants/Rowan.md']);
    const second = await coprod(['new', 'participant', '--project', 'Test project', '--vault', vault, '--title', 'ROWAN']);
    expect(second.code).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain('there is already a participant called "ROWAN" in this project (Test project/Participants/Rowan.md)');
    expect(existsSync(path.join(vault, 'Test project/Participants/ROWAN.md'))).toBe(false);
    expect(existsSync(path.join(vault, 'Test project/Participants/Rowan 2.md'))).toBe(false);
  });

  it('refuses a project where the tracker never reads, and writes nothing', async () => {
    const result = await coprod(['new', 'project', 'Templates', '--vault', vault]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('coprod new: the project would be in "Templates", the templates folder, where notes are never counted. Choose another name; nothing was created.\n');
    expect(existsSync(path.join(vault, 'Templates'))).toBe(false);
  });

  it('needs a project that exists', async () => {
    const missing = await coprod(['new', 'reflection', '--vault', vault]);
    expect(missing.code).toBe(2);
    const unknown = await coprod(['new', 'reflection', '--project', 'Nope', '--vault', vault]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"Test project"');
  });

  it('uses the vault\'s own template when it has one', async () => {
    mkdirSync(path.join(vault, 'Templates'));
    writeFileSync(path.join(vault, 'Templates', 'Reflection.md'), '---\ncoproduction: reflection\nproject: "[[{{project}}]]"\ndate: "{{date}}"\n---\nOur own: {{title}} <% not run %>\n');
    const result = await coprod(['new', 'reflection', '--project', 'Test project', '--vault', vault, '--title', 'Mine'], { today: '2026-04-14' });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(vault, lines(result.stdout)[0]!), 'utf8')).toBe(
      '---\ncoproduction: reflection\nproject: "[[Test project]]"\ndate: 2026-04-14\n---\nOur own: Mine <% not run %>\n',
    );
  });
});
