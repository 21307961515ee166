/**
 * The evidence rules of docs/note-format.md, one case each, on a small team vault whose
 * counts were worked out by hand (see the comment beside each expectation).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectProjectNotes } from '../../src/analysis/project-notes';
import { vaultProblems } from '../../src/analysis/attention';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel, IngredientScore } from '../../src/analysis/dashboard-types';
import type { ProjectIndex } from '../../src/index';
import { coprod } from '../support/cli';
import { indexOf, note } from '../support/memory-vault';
import { removeFolder, tempVault } from '../support/temp-vault';

const AS_OF = '2026-11-22';
const P = 'Garden';

function reflection(date: string, author: string, properties: Record<string, string | string[]>, body: string): string {
  return note({ coproduction: 'reflection', date, author, ...properties }, body);
}

const shared = reflection('2026-10-05', 'Rowan', {}, '# Tools\n\nWe lent our tools to the school. #ingredient/networks\n');

/** The team vault: every case of issue 8 in one project, plus a second project with the same name. */
export const TEAM_VAULT: Record<string, string> = {
  [`${P}/${P}.md`]: note({ coproduction: 'project', name: 'Garden', start: '2026-01-01', phase: 'engagement' }),
  // A byte-order mark before the properties: read, and counted (capacity, 1).
  [`${P}/R/bom.md`]: `\uFEFF${reflection('2026-10-01', 'Rowan', {}, 'Rowan taught seed saving. #ingredient/capacity\n')}`,
  // Old Mac line endings (CR alone): read, and counted (assets, 1).
  [`${P}/R/cr-only.md`]: reflection('2026-10-02', 'Priya', {}, 'We asked what people grow at home. #ingredient/assets\n').replace(/\n/g, '\r'),
  // A capital letter in the tag: Obsidian matches tags in any case (capacity, +1 = 2).
  [`${P}/R/capital.md`]: reflection('2026-10-03', 'Priya', {}, 'Priya ran the compost session. #Ingredient/Capacity\n'),
  // Listed and tagged: one piece, the tagged line (mutuality, 1).
  [`${P}/R/both.md`]: reflection('2026-10-04', 'Tom', { ingredients: ['mutuality'] }, 'Everyone took home a box of veg. #ingredient/mutuality\n'),
  // Tasks-style states: only [x] and [X] count (shared roles, 2: file lines 6 and 7).
  [`${P}/Phases/Engagement.md`]: note(
    { coproduction: 'phase', phase: 'engagement', started: '2026-10-01' },
    [
      '- [x] We chose the crops together. #ingredient/shared-roles',
      '- [X] Rowan chaired the meeting. #ingredient/shared-roles',
      '- [-] Cancelled: the joint budget. #ingredient/shared-roles',
      '- [/] Doing: a shared rota. #ingredient/shared-roles',
      '- [ ] Not yet: a shared key. #ingredient/shared-roles',
      '',
    ].join('\n'),
  ),
  // One note (networks, 1) and four copies of it, none counted.
  [`${P}/R/tools.md`]: shared,
  [`${P}/R/tools.sync-conflict-20261005-101500-ABCDEFG.md`]: shared,
  [`${P}/R/tools (Alice's conflicted copy 2026-10-05).md`]: shared,
  [`${P}/R/tools (1).md`]: `${shared.replace(/\n/g, '\r\n')}   \n\n`,
  [`${P}/R/x copied by hand.md`]: shared,
  // A Syncthing copy that differs from its original: counted once (the original), 1 line differs.
  [`${P}/R/seeds.md`]: reflection('2026-10-06', 'Tom', {}, 'We swapped seeds with the allotment group. #ingredient/networks\n'),
  [`${P}/R/seeds.sync-conflict-20261006-101500-ABCDEFG.md`]: reflection(
    '2026-10-06',
    'Tom',
    {},
    'We swapped seeds with the allotment group and the school. #ingredient/networks\n',
  ),
  // Property only, first line a heading: the quote is never the heading (catalysts, 1).
  [`${P}/R/heading-first.md`]: reflection('2026-10-07', 'Priya', { ingredients: ['catalysts'] }, '# Our champion\n\nThe head teacher now tells other schools about the garden.\n'),
  // Gaps: the property and a tag, never counted as strength (mutuality gap 1, catalysts gap 1).
  [`${P}/R/gap.md`]: reflection(
    '2026-10-08',
    'Tom',
    { gaps: ['catalysts'] },
    'Nobody was paid for the Saturday. #gap/mutuality\n',
  ),
  // Consent: no consent date; review date passed; two notes with one pseudonym; one withdrew.
  [`${P}/People/Rowan.md`]: note({ coproduction: 'participant', role: 'lived-experience' }),
  [`${P}/People/Priya.md`]: note({ coproduction: 'participant', role: 'practitioner', 'consent-date': '2026-01-05', 'review-by': '2026-06-30' }),
  [`${P}/People/Tom.md`]: note({ coproduction: 'participant', role: 'practitioner', 'consent-date': '2026-01-05' }),
  [`${P}/People/Tom again.md`]: note({ coproduction: 'participant', pseudonym: 'Tom', role: 'practitioner', 'consent-date': '2026-02-05' }),
  [`${P}/People/Kit.md`]: note({ coproduction: 'participant', role: 'lived-experience', 'consent-date': '2026-01-05', status: 'withdrawn', 'withdrawn-date': '2026-09-01' }),
  // Kit's words are counted as assets (1 more = 2) but never shown, and Kit is not a current voice.
  [`${P}/R/kit.md`]: reflection('2026-10-09', 'Kit', {}, 'I brought my own recipes for the stall. #ingredient/assets\n'),
  // Properties that never close: named by check, not counted.
  [`${P}/R/never-closed.md`]: '---\ncoproduction: reflection\ndate: 2026-10-10\n\nWe met. #ingredient/assets\n',
  // A second project called "Garden", in its own folder, with its own note (networks, 1).
  ['Archive/Garden.md']: note({ coproduction: 'project', name: 'Garden', start: '2025-01-01' }),
  ['Archive/R/old.md']: reflection('2025-05-01', 'Sam', {}, 'We met the allotment society. #ingredient/networks\n'),
};

async function teamDashboard(): Promise<{ index: ProjectIndex; model: DashboardModel }> {
  const index = await indexOf(TEAM_VAULT);
  const project = index.projects().find((candidate) => candidate.path === `${P}/${P}.md`)!;
  return { index, model: buildDashboard(index, project, { asOf: AS_OF }) };
}

function score(model: DashboardModel, id: string): IngredientScore {
  return model.ingredients.find((entry) => entry.id === id)!;
}

describe('evidence rules on a small team vault (counts worked out by hand)', () => {
  it('counts one line of one note for one ingredient: BOM, CR-only, any-case tags, [x] only, no double count', async () => {
    const { model } = await teamDashboard();
    expect(Object.fromEntries(model.ingredients.map((entry) => [entry.id, entry.total]))).toEqual({
      assets: 2, // cr-only, kit
      'shared-roles': 2, // [x] and [X]; not [-], [/] or [ ]
      capacity: 2, // bom, capital
      mutuality: 1, // both.md: listed and tagged, counted once
      networks: 2, // tools.md and seeds.md; copies not counted; the other Garden's note not counted
      catalysts: 1, // heading-first.md
    });
    expect(score(model, 'mutuality').evidence.map((item) => [item.path, item.source])).toEqual([[`${P}/R/both.md`, 'tag']]);
    expect(score(model, 'shared-roles').evidence.map((item) => item.line).sort()).toEqual([6, 7]);
  });

  it('quotes lines without tags, and never a heading for property-only evidence', async () => {
    const { model } = await teamDashboard();
    expect(score(model, 'capacity').evidence.map((item) => item.text).sort()).toEqual([
      'Priya ran the compost session.',
      'Rowan taught seed saving.',
    ]);
    const catalysts = score(model, 'catalysts').evidence[0]!;
    expect(catalysts.text).not.toMatch(/champion$|^#/);
    expect(catalysts.text).toMatch(/^(The head teacher now tells other schools about the garden\.|Listed in the properties of "heading-first"\.)$/);
    for (const entry of model.ingredients) for (const item of entry.evidence) expect(item.text).not.toMatch(/#(ingredient|gap|barrier)\//i);
  });

  it('keeps gaps apart: shown beside the ingredient, never raising its level', async () => {
    const { model } = await teamDashboard();
    expect(score(model, 'mutuality')).toMatchObject({ total: 1, gaps: 1 });
    expect(score(model, 'catalysts')).toMatchObject({ total: 1, gaps: 1 });
    expect(score(model, 'mutuality').gapEvidence[0]).toMatchObject({ path: `${P}/R/gap.md`, text: 'Nobody was paid for the Saturday.' });
    expect(model.ingredients.reduce((sum, entry) => sum + entry.gaps, 0)).toBe(2);
  });

  it('finds copies by content whatever they are called, and says what differs in a named conflict copy', async () => {
    const { model } = await teamDashboard();
    const copies = model.attention.filter((item) => item.kind === 'conflict').map((item) => [item.path, item.message]);
    expect(copies).toEqual(
      expect.arrayContaining([
        [`${P}/R/tools.sync-conflict-20261005-101500-ABCDEFG.md`, expect.stringContaining('a copy Syncthing made of Garden/R/tools.md. It is the same as the original')],
        [`${P}/R/tools (Alice's conflicted copy 2026-10-05).md`, expect.stringContaining('a copy Dropbox made')],
        [`${P}/R/tools (1).md`, expect.stringContaining('a likely copy of Garden/R/tools.md')],
        [`${P}/R/x copied by hand.md`, expect.stringContaining('a likely copy of Garden/R/tools.md')],
        [`${P}/R/seeds.sync-conflict-20261006-101500-ABCDEFG.md`, expect.stringContaining('2 lines differ from the original')],
      ]),
    );
    expect(copies).toHaveLength(5);
  });

  it('keeps two projects with one name apart and names both', async () => {
    const { index, model } = await teamDashboard();
    expect(index.findProjects('Garden').map((project) => project.path)).toEqual(['Archive/Garden.md', `${P}/${P}.md`]);
    expect(index.findProject('Garden')).toBeUndefined();
    expect(index.projectOf('Archive/R/old.md')).toBe('Archive/Garden.md');
    expect(model.attention.find((item) => item.path === `${P}/${P}.md`)?.message).toBe(
      'Another project is also called "Garden": Archive/Garden.md. Their notes are kept apart by folder.',
    );
  });

  it('checks consent, and never shows the words of someone who withdrew', async () => {
    const { model } = await teamDashboard();
    const consent = model.attention.filter((item) => item.kind === 'consent' || item.kind === 'consent-review').map((item) => item.message);
    expect(consent.sort()).toEqual([
      'Consent for Priya was due for review on 2026-06-30.',
      'No consent is recorded for Rowan.',
      'Two participant notes use the pseudonym "Tom": this one and Garden/People/Tom again.md.',
    ]);
    const kit = score(model, 'assets').evidence.find((item) => item.path === `${P}/R/kit.md`)!;
    expect(kit).toMatchObject({ withdrawn: true, quotable: false });
    expect(kit.text).not.toContain('recipes');
    // Recent assets evidence comes from Priya and Kit; Kit withdrew, so one current voice.
    expect(score(model, 'assets').voices).toBe(1);
  });

  it('names in check every note it does not count, with the reason', async () => {
    const index = await indexOf(TEAM_VAULT);
    const problems = vaultProblems(index, AS_OF, (project) => collectProjectNotes(index, project));
    const byPath = (path: string) => problems.filter((problem) => problem.path === path).map((problem) => problem.message);
    expect(byPath(`${P}/R/never-closed.md`)).toEqual(['The properties at the top of this note are never closed, so the note is not counted']);
    expect(byPath(`${P}/R/tools (1).md`)).toHaveLength(1);
    expect(byPath('Archive/Garden.md')).toHaveLength(1);
    expect(byPath(`${P}/People/Rowan.md`)).toEqual(['No consent is recorded for Rowan']);
  });

  it('makes --project with a shared name exit 2 listing both paths, and accepts the path', async () => {
    const vault = tempVault(TEAM_VAULT);
    try {
      const shared = await coprod(['dashboard', vault, '--project', 'Garden', '--as-of', AS_OF]);
      expect(shared.code).toBe(2);
      expect(shared.stderr).toContain('Archive/Garden.md, Garden/Garden.md');
      const byPath = await coprod(['dashboard', vault, '--project', 'Garden/Garden.md', '--as-of', AS_OF]);
      expect(byPath.code).toBe(0);
      expect(byPath.stdout).toContain('Garden');
    } finally {
      removeFolder(vault);
    }
  });

  it('reads the current folder when no folder is named, never the demo vault', async () => {
    const vault = tempVault(TEAM_VAULT);
    try {
      const result = await coprod(['check'], { cwd: vault, today: AS_OF });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('Garden/R/never-closed.md');
      expect(result.stdout).not.toContain('Full Plates Together');
    } finally {
      removeFolder(vault);
    }
  });
});

describe('counting slips fixed', () => {
  const project = { 'Q/Q.md': note({ coproduction: 'project', start: '2026-01-01' }) };
  const activity = (date: string, extra: Record<string, string> = {}, body = '') =>
    note({ coproduction: 'activity', date, author: 'Priya', ...extra }, body);

  it('counts a barrier by the notes that address it, not by their lines', async () => {
    const index = await indexOf({
      ...project,
      // Two lines and the property in one note: one note. A second note: two notes in all.
      'Q/A/one.md': activity('2026-10-01', { barriers: 'financial' }, 'Bus fares paid. #barrier/financial\nLunch paid. #barrier/financial\n'),
      'Q/A/two.md': activity('2026-10-02', { 'fed-back': '2026-10-03' }, '- [x] Care cover paid. #barrier/financial\n'),
    });
    const model = buildDashboard(index, index.projects()[0]!, { asOf: AS_OF });
    const money = model.barriers.find((barrier) => barrier.id === 'financial')!;
    expect(money.notes).toBe(2);
    expect(money.by).toHaveLength(3);
  });

  it('warns about feedback only for a session still waiting, and names the one that waited longest', async () => {
    const index = await indexOf({
      ...project,
      'Q/A/old.md': activity('2026-09-01', { 'fed-back': '2026-09-05' }),
      'Q/A/long wait.md': activity('2026-10-01'),
      'Q/A/short wait.md': activity('2026-11-15'),
    });
    const model = buildDashboard(index, index.projects()[0]!, { asOf: AS_OF });
    // 2026-10-01 to 2026-11-22 is 52 days; 2026-11-15 to 2026-11-22 is 7.
    expect(model.voices.awaitingFeedback.map((wait) => [wait.title, wait.daysWaiting])).toEqual([
      ['long wait', 52],
      ['short wait', 7],
    ]);
    expect(model.voices.feedbackWarning).toBe(true);
    expect(model.attention.filter((item) => item.kind === 'feedback').map((item) => item.title)).toEqual(['long wait']);

    const answered = await indexOf({ ...project, 'Q/A/old.md': activity('2026-09-01', { 'fed-back': '2026-09-05' }) });
    // Told 78 days ago, and nobody is waiting: nothing to warn about.
    expect(buildDashboard(answered, answered.projects()[0]!, { asOf: AS_OF }).voices.feedbackWarning).toBe(false);
  });
});

describe('notes the tracker cannot fully read are named, never dropped', () => {
  it('names a property a template never filled, and still counts the note', async () => {
    const index = await indexOf({
      'T/T.md': note({ coproduction: 'project', start: '2026-01-01', phase: 'engagement' }),
      'T/R/from core templates.md': note(
        { coproduction: 'reflection', date: '2026-10-01', phase: '"{{phase}}"', author: '"{{author}}"' },
        'We cooked together. #ingredient/assets\n',
      ),
    });
    const record = index.get('T/R/from core templates.md')!;
    expect(record.kind).toBe('reflection');
    expect(record.problems.map((problem) => [problem.property, problem.line])).toEqual([
      ['phase', 4],
      ['author', 5],
    ]);
    const model = buildDashboard(index, index.projects()[0]!, { asOf: AS_OF });
    expect(model.ingredients.find((entry) => entry.id === 'assets')!.total).toBe(1);
  });

  it('names a note that is not UTF-8 text in check', async () => {
    const vault = tempVault({ 'T/T.md': note({ coproduction: 'project', start: '2026-01-01' }) });
    try {
      writeFileSync(path.join(vault, 'T', 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
      const result = await coprod(['check', vault], { today: AS_OF });
      expect(result.stdout).toContain('T/latin1.md  This note could not be read: it is not UTF-8 text (save it again as UTF-8)');
      expect(result.code).toBe(1);
    } finally {
      removeFolder(vault);
    }
  });
});

describe('names that only look like copies', () => {
  const project = { 'C/C.md': note({ coproduction: 'project', start: '2026-01-01' }) };
  const lib = (extra: string) => reflection('2026-10-01', 'Sam', {}, `We set up the tool library. #ingredient/networks\n${extra}`);

  it('are counted, and named when they share evidence with the note they look copied from', async () => {
    const index = await indexOf({ ...project, 'C/Tool library.md': lib(''), 'C/Tool library (1).md': lib('Kit added a drill.\n') });
    const model = buildDashboard(index, index.projects()[0]!, { asOf: AS_OF });
    expect(model.attention.map((item) => [item.path, item.message])).toEqual([
      [
        'C/Tool library (1).md',
        'This may be a copy of C/Tool library.md: 1 line differs from it, and the two share evidence. It is counted as a note of its own, so that evidence may count twice.',
      ],
    ]);
  });

  it('say nothing when the notes share no evidence, as with Obsidian\'s own "Untitled 2"', async () => {
    const index = await indexOf({
      ...project,
      'C/Session.md': reflection('2026-10-01', 'Sam', {}, 'First session. #ingredient/assets\n'),
      'C/Session 2.md': reflection('2026-10-08', 'Sam', {}, 'Second session. #ingredient/assets\n'),
    });
    const model = buildDashboard(index, index.projects()[0]!, { asOf: AS_OF });
    expect(model.attention).toEqual([]);
    expect(model.ingredients.find((entry) => entry.id === 'assets')!.total).toBe(2);
  });
});
