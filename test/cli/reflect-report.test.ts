/** `coprod reflect` and `coprod report` on a copy of the demo vault, plus the reflection log's core. */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dayOfYear, listReflections, planReflection, promptFor } from '../../src/analysis/reflections';
import { buildDashboard } from '../../src/analysis/dashboard';
import { REFLECTION_PROMPTS } from '../../src/domain/reflection-prompts';
import { INGREDIENT_IDS } from '../../src/domain';
import { runCli } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/io';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, readVaultFiles } from '../support/memory-vault';

const PROJECT = 'Full Plates Together';
const REPORTS = `${PROJECT}/Reports`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs coprod in-process with an in-memory CliIo. */
async function coprod(args: string[], cwd: string, today = '2026-11-30'): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    cwd,
    today,
    // A fixed clock: the time goes into a reflection's file name.
    now: () => new Date(2026, 10, 30, 14, 5),
    readStdin: () => Promise.resolve(''),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

let vault: string;

beforeEach(() => {
  vault = path.join(mkdtempSync(path.join(tmpdir(), 'coprod-reflect-')), 'vault');
  cpSync(DEMO_VAULT, vault, { recursive: true });
});

describe('coprod reflect', () => {
  it('writes one new reflection with its properties and three sections', async () => {
    const result = await coprod(
      [
        'reflect',
        '--vault',
        vault,
        '--project',
        PROJECT,
        '--learned',
        'People want the budget in pictures, not a spreadsheet.',
        '--happened',
        'Rowan asked what "overheads" means.',
        '--change',
        'Show the budget as a picture at every meeting.',
        '--ingredients',
        'Shared roles,mutuality',
        '--involved',
        'lived-experience,practitioner',
        '--author',
        'Priya',
      ],
      vault,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const written = result.stdout.trim();
    // Date, time and author in the name: two devices never make the same one (issue 9).
    expect(written).toBe(`${PROJECT}/Reflections/2026-11-30 14-05 Priya - People want the budget in pictures, not a spreadsheet.md`);
    expect(readFileSync(path.join(vault, written), 'utf8')).toBe(
      [
        '---',
        'coproduction: reflection',
        `project: "[[${PROJECT}]]"`,
        'date: 2026-11-30',
        'author: Priya',
        'phase: learning',
        'ingredients: [shared-roles, mutuality]',
        'involved: [lived-experience, practitioner]',
        'follow-up: "Show the budget as a picture at every meeting."',
        'follow-up-state: open',
        '---',
        '# People want the budget in pictures, not a spreadsheet',
        '',
        '## What happened',
        '',
        'Rowan asked what "overheads" means.',
        '',
        '## What we learned',
        '',
        'People want the budget in pictures, not a spreadsheet.',
        '',
        '## What we will change',
        '',
        'Show the budget as a picture at every meeting.',
        '',
      ].join('\n'),
    );
    // The new note checks clean; the only problem left is the demo's own consent review.
    const check = await coprod(['check', vault], vault);
    expect(check.stdout).not.toContain(written);
    expect(check.stdout).toMatch(/Checked \d+ notes: 1 problem\.\n$/);
  });

  it('gives a second reflection with the same words a name of its own', async () => {
    const args = ['reflect', '--vault', vault, '--project', PROJECT, '--learned', 'Small tables again.'];
    const first = await coprod(args, vault);
    const second = await coprod(args, vault);
    expect(first.stdout.trim()).toBe(`${PROJECT}/Reflections/2026-11-30 14-05 Small tables again.md`);
    expect(second.stdout.trim()).toBe(`${PROJECT}/Reflections/2026-11-30 14-05 Small tables again 2.md`);
  });

  it('refuses an unknown ingredient with exit 2 and the nearest name', async () => {
    const result = await coprod(['reflect', '--vault', vault, '--project', PROJECT, '--learned', 'x', '--ingredients', 'mutualty'], vault);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"mutualty" is not one of the six ingredients. Did you mean "mutuality"?');
    expect(existsSync(path.join(vault, PROJECT, 'Reflections', '2026-11-30 14-05 x.md'))).toBe(false);
  });

  it('needs what was learned, and a project that exists', async () => {
    expect((await coprod(['reflect', '--vault', vault, '--project', PROJECT], vault)).code).toBe(2);
    const unknown = await coprod(['reflect', '--vault', vault, '--project', 'Nope', '--learned', 'x'], vault);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no project called "Nope"');
  });
});

describe('coprod report', () => {
  it('writes the case study after a reflection; a second run writes a new, identical file', async () => {
    const reflected = await coprod(
      ['reflect', '--vault', vault, '--project', PROJECT, '--learned', 'The council listens to Rowan more than to us.', '--author', 'Tom'],
      vault,
    );
    expect(reflected.code).toBe(0);

    const first = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30'], vault);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout.trim()).toBe(`${REPORTS}/End-of-project reflection 2026-11-30.md`);
    const firstFile = path.join(vault, first.stdout.trim());
    const firstBytes = readFileSync(firstFile);
    const text = firstBytes.toString('utf8');
    expect(text).toContain('# End-of-project reflection: Full Plates Together');
    expect(text).toContain('The notes hold 16 activities and 14 reflections by 5 people.');
    expect(text).toContain('The council listens to Rowan more than to us.');

    const second = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30'], vault);
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe(`${REPORTS}/End-of-project reflection 2026-11-30 2.md`);
    expect(readFileSync(path.join(vault, second.stdout.trim()), 'utf8')).toBe(text);
    expect(readFileSync(firstFile).equals(firstBytes)).toBe(true);
    expect(readdirSync(path.join(vault, REPORTS)).sort()).toEqual([
      'End-of-project reflection 2026-11-30 2.md',
      'End-of-project reflection 2026-11-30.md',
    ]);
  });

  it('writes to --out, and refuses a file that exists with exit 2', async () => {
    const out = path.join(path.dirname(vault), 'case-study.md');
    const written = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30', '--out', out], vault);
    expect(written.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.toString('utf8')).toMatch(/^---\ncoproduction: report\n/);
    expect(existsSync(path.join(vault, REPORTS))).toBe(false);
    const again = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30', '--out', out], vault);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('leaves personal details out unless --include-personal is given', async () => {
    const out = (name: string) => path.join(path.dirname(vault), name);
    await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30', '--out', out('plain.md')], vault);
    await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30', '--out', out('personal.md'), '--include-personal'], vault);
    expect(readFileSync(out('plain.md'), 'utf8')).not.toContain('Wheelchair user');
    expect(readFileSync(out('personal.md'), 'utf8')).toContain('Access needs: Wheelchair user');
  });

  it('refuses a wrong date with exit 2', async () => {
    const result = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-02-31'], vault);
    expect(result.code).toBe(2);
  });
});

describe('the reflection log core', () => {
  async function demoIndex() {
    const files = readVaultFiles(DEMO_VAULT);
    return indexOf(files);
  }

  it('lists reflections newest first, each with its follow-up, and filters them', async () => {
    const index = await demoIndex();
    const project = index.findProject(PROJECT)!;
    const all = listReflections(index, project);
    expect(all).toHaveLength(13);
    expect(all.map((entry) => entry.date)).toEqual([...all.map((entry) => entry.date)].sort().reverse());
    expect(all[0]).toMatchObject({
      title: '2026-11-16 Nobody lined up after December',
      author: 'Tom',
      phase: 'learning',
      followUp: { text: 'Ask the council team for a meeting about what happens after December.', state: 'open' },
    });
    const applied = all.find((entry) => entry.title.includes('kick-off'))!;
    expect(applied.followUp).toMatchObject({ state: 'applied', appliedOn: '2026-03-24' });
    expect(listReflections(index, project, { ingredient: 'capacity' }).map((entry) => entry.author)).toEqual(['Jude', 'Rowan', 'Rowan']);
    expect(listReflections(index, project, { phase: 'rewards' })).toHaveLength(1);
    expect(listReflections(index, project, { author: 'rowan' })).toHaveLength(2);
    expect(listReflections(index, project, { from: '2026-10-01', to: '2026-10-31' }).map((entry) => entry.date)).toEqual([
      '2026-10-28',
      '2026-10-14',
      '2026-10-01',
    ]);
  });

  it('prompts about the ingredient with the least recent evidence, the same way all day', async () => {
    const index = await demoIndex();
    const model = buildDashboard(index, index.findProject(PROJECT)!, { asOf: '2026-11-30' });
    const prompt = promptFor(model, '2026-11-30');
    // Catalysts has no recent evidence in the demo at the end of November.
    expect(prompt.ingredient).toBe('catalysts');
    expect(REFLECTION_PROMPTS.catalysts).toContain(prompt.text);
    expect(promptFor(model, '2026-11-30')).toEqual(prompt);
    expect(promptFor(model, '2026-12-01').text).not.toBe(prompt.text);
    // The evidence list gives the same choice as the dashboard model.
    expect(promptFor(model.ingredients.flatMap((score) => score.evidence), '2026-11-30')).toEqual(prompt);
    expect(dayOfYear('2026-01-01')).toBe(1);
    expect(dayOfYear('2026-12-31')).toBe(365);
    for (const id of INGREDIENT_IDS) expect(REFLECTION_PROMPTS[id].length).toBeGreaterThanOrEqual(3);
  });

  it('plans a note without a follow-up when nothing will change, and never reuses a taken path', async () => {
    const index = await demoIndex();
    const project = index.findProject(PROJECT)!;
    const taken = new Set([`${PROJECT}/Reflections/2026-11-30 We listen better at small tables.md`]);
    const plan = planReflection({
      project,
      now: '2026-11-30',
      learned: 'We listen better at small tables. Everyone gets a turn.',
      taken: (candidate) => taken.has(candidate),
    });
    expect(plan.path).toBe(`${PROJECT}/Reflections/2026-11-30 We listen better at small tables 2.md`);
    expect(plan.text).not.toContain('follow-up');
    const reread = await indexOf({ [project.path]: `---\ncoproduction: project\n---\n`, [plan.path]: plan.text });
    expect(reread.get(plan.path)).toMatchObject({ kind: 'reflection', problems: [] });
  });
});
