/** The report's promises: a short summary first, each quote once, gaps only where they belong, quotes people agreed to, outcomes. */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import { buildReport, keyWordsOf, similarity } from '../../src/analysis/report';
import { renderReportMarkdown } from '../../src/render/report-markdown';
import { plainWords } from '../../src/render/report-markdown/text';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, note, readVaultFiles } from '../support/memory-vault';

const AS_OF = '2026-11-30';

async function demo() {
  const index = await indexOf(readVaultFiles(DEMO_VAULT));
  const project = index.findProject('Full Plates Together')!;
  const model = buildReport(index, project, { asOf: AS_OF });
  return { index, project, model, text: renderReportMarkdown(model) };
}

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  const next = text.indexOf('\n## ', start + heading.length + 2);
  return text.slice(start, next === -1 ? undefined : next);
}

/** Every quote in the report: blockquote lines, and the summary's quoted words. */
function quotesIn(text: string): string[] {
  const quotes = text
    .split('\n')
    .filter((line) => line.startsWith('> ') && !line.startsWith('> —') && !line.startsWith('> A participant'))
    .map((line) => line.slice(2));
  for (const match of section(text, '## Summary').matchAll(/\*\* \d+ pieces? of evidence[^"\n]*\. "([^"]+)"/g)) quotes.push(match[1]!);
  return quotes;
}

describe('the summary', () => {
  it('comes first and holds at most 500 words', async () => {
    const { text } = await demo();
    expect(text.split('\n').find((line) => line.startsWith('## '))).toBe('## Summary');
    const words = plainWords(section(text, '## Summary').replace('## Summary', '')).length;
    expect(words).toBeGreaterThan(150);
    expect(words).toBeLessThanOrEqual(500);
    // One line for each ingredient, with its level.
    for (const name of ['Assets', 'Shared roles', 'Capacity', 'Mutuality', 'Networks', 'Catalysts']) {
      expect(section(text, '## Summary')).toMatch(new RegExp(`^- \\*\\*${name}: (going strong|on the way|starting out|not yet seen)\\.\\*\\*`, 'm'));
    }
  });
});

describe('honest by construction', () => {
  it('never repeats a quote, nor gives two that say nearly the same', async () => {
    const { text } = await demo();
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(15);
    for (let i = 0; i < quotes.length; i++) {
      for (let j = i + 1; j < quotes.length; j++) expect(similarity(quotes[i]!, quotes[j]!), `${quotes[i]} / ${quotes[j]}`).toBeLessThan(0.6);
    }
    // Nor do the words of a quote come back as an answer, a lesson or a line of the appendix.
    for (const quote of quotes) expect(text.split(quote.replace(/\\(.)/g, '$1')).length - 1, quote).toBeLessThanOrEqual(1);
  });

  it('quotes gap evidence only under "What got in the way"', async () => {
    const { index, project, text } = await demo();
    const dashboard = buildDashboard(index, project, { asOf: AS_OF });
    const gapTexts = dashboard.ingredients.flatMap((score) => score.gapEvidence.map((item) => item.text.trim()));
    expect(gapTexts.length).toBeGreaterThan(3);
    const blocks = text.split(/\n(?=### |## |What got in the way)/);
    let shown = 0;
    for (const gap of gapTexts) {
      for (const block of blocks) {
        if (!block.includes(gap)) continue;
        shown++;
        expect(block.startsWith('What got in the way'), gap).toBe(true);
      }
    }
    expect(shown).toBeGreaterThan(3);
  });

  it('says a barrier was dealt with only when nothing about it is still to do', async () => {
    const { text } = await demo();
    const barriers = section(text, '## Barriers and how they were removed');
    const heads = barriers.split(/\n(?=\*\*)/).filter((block) => block.startsWith('**'));
    expect(heads.length).toBe(4);
    for (const block of heads) {
      const notDone = block.includes('Not done yet:');
      if (block.includes(': dealt with.**')) expect(notDone, block).toBe(false);
      if (notDone) expect(block).toMatch(/partly dealt with|not dealt with yet/);
    }
    expect(barriers).toContain('**Plain language: partly dealt with, 3 steps not done yet.**');
  });

  it('merges near-duplicates by a similarity that counts shared word pairs', () => {
    expect(similarity('It has given me confidence for a paid job.', 'People tell me things. It has given me confidence for a paid job.')).toBe(1);
    expect(similarity('They asked to share our menu with the school holiday meals team.', "Kit's manager asked to share the menu with the school holiday meals team.")).toBeGreaterThanOrEqual(0.6);
    expect(similarity('I said more in those ten minutes than in six months.', 'Small tables work better than one big circle.')).toBeLessThan(0.2);
    expect(similarity('', 'anything')).toBe(0);
  });
});

describe('quotes people agreed to', () => {
  const body = (words: string) => `# Note\n\n## What we learned\n${words} #ingredient/capacity\n`;
  const files = {
    'Tea/Tea.md': note({ coproduction: 'project', start: '2026-01-05', aim: 'Tea and talk.' }),
    'Tea/Participants/Ana.md': note({ coproduction: 'participant', pseudonym: 'Ana', role: 'lived-experience', quotes: 'yes' }),
    'Tea/Participants/Bo.md': note({ coproduction: 'participant', pseudonym: 'Bo', role: 'lived-experience', quotes: 'no' }),
    'Tea/Participants/Cy.md': note({ coproduction: 'participant', pseudonym: 'Cy', role: 'lived-experience' }),
    'Tea/Participants/Di.md': note({ coproduction: 'participant', pseudonym: 'Di', role: 'lived-experience', quotes: 'yes', status: 'withdrawn' }),
    'Tea/Reflections/2026-02-01 Ana.md': note({ coproduction: 'reflection', date: '2026-02-01', author: 'Ana' }, body('Ana learned to bake bread for twenty people.')),
    'Tea/Reflections/2026-02-02 Bo.md': note({ coproduction: 'reflection', date: '2026-02-02', author: 'Bo' }, body('Bo ran the whole cafe till on her own.')),
    'Tea/Reflections/2026-02-03 Cy.md': note({ coproduction: 'reflection', date: '2026-02-03', author: 'Cy' }, body('Cy taught the group how to budget a week.')),
    'Tea/Reflections/2026-02-04 Di.md': note({ coproduction: 'reflection', date: '2026-02-04', author: 'Di' }, body('Di fixed the urn and showed us how.')),
    'Tea/Reflections/2026-02-05 Sam.md': note({ coproduction: 'reflection', date: '2026-02-05', author: 'Sam' }, body('Sam, a worker, learned to listen first.')),
    // Listed only in its properties, with no sentence to show: never quoted.
    'Tea/Activities/2026-02-06 Quiz.md': note({ coproduction: 'activity', date: '2026-02-06', author: 'Sam', ingredients: ['capacity'] }, '# Quiz\n'),
  };

  it('quotes yes, says "a participant" for ask and no, never quotes a withdrawn person, and lists who to ask', async () => {
    const index = await indexOf(files);
    const model = buildReport(index, index.projects()[0]!, { asOf: AS_OF });
    const text = renderReportMarkdown(model);
    expect(text).toContain('Ana learned to bake bread for twenty people.');
    expect(text).toContain('Sam, a worker, learned to listen first.');
    for (const hidden of ['Bo ran the whole cafe', 'Cy taught the group', 'Di fixed the urn', 'Listed in the properties']) expect(text).not.toContain(hidden);
    expect(text).toContain('A participant spoke to this.');
    expect(model.quotesWaiting).toEqual([{ person: 'Cy', places: [expect.objectContaining({ path: 'Tea/Reflections/2026-02-03 Cy.md' })] }]);
    const waiting = section(text, '### Quotes waiting for a yes');
    expect(waiting).toContain('- **Cy:** 1 quote, in [[Tea/Reflections/2026-02-03 Cy|Cy]] (line 9).');
    expect(waiting).not.toMatch(/Bo|Di/);
    expect(model.people.participants.map((person) => [person.pseudonym, person.quotes])).toEqual([
      ['Ana', 'yes'],
      ['Bo', 'no'],
      ['Cy', 'ask'],
      ['Di', 'withdrawn'],
    ]);
  });
});

describe('outcomes', () => {
  const files = {
    'Soup/Soup.md': note(
      { coproduction: 'project', start: '2026-01-05', outcomes: ['"A soup menu chosen together"', '"Trained volunteers"', '"A council grant"'] },
      '# Soup\n\nWe hope for a soup menu chosen together and a council grant.\n',
    ),
    'Soup/Activities/2026-02-01 Tasting.md': note(
      { coproduction: 'activity', date: '2026-02-01' },
      '# Tasting\n\n## What we did\nThe soup menu was chosen together by vote.\nThree volunteers finished their training.\n## Menu soup chosen together\n- [ ] A council grant was won.\n',
    ),
    'Soup/Reflections/2026-03-01 Menu.md': note({ coproduction: 'reflection', date: '2026-03-01' }, '# Menu\n\n## What happened\nWe picked the menus together over soup.\n'),
  };

  it('says for each outcome which notes show it: every key word on one line, plans and the project note left out', async () => {
    expect(keyWordsOf('A soup menu chosen together')).toEqual(['soup', 'menu', 'chosen', 'together']);
    expect(keyWordsOf('Trained volunteers')).toEqual(['trained', 'volunteers']);
    const index = await indexOf(files);
    const model = buildReport(index, index.projects()[0]!, { asOf: AS_OF });
    const [menu, volunteers, grant] = model.outcomes;
    // "picked" is not "chosen": the reflection's line does not hold every key word; the heading does not count.
    expect(menu).toMatchObject({ lines: 1, notes: [expect.objectContaining({ path: 'Soup/Activities/2026-02-01 Tasting.md', date: '2026-02-01' })] });
    // "training" matches "trained" and "volunteers" itself.
    expect(volunteers).toMatchObject({ lines: 1 });
    // Only an unticked checklist line and the project note name it: not shown.
    expect(grant).toMatchObject({ lines: 0, notes: [] });
    const text = renderReportMarkdown(model);
    expect(section(text, '## What we set out to change')).toContain('- **A council grant.** (council, grant) The notes do not show this yet.');
    expect(section(text, '## Summary')).toContain('The notes do not show "A council grant" yet.');
  });
});
