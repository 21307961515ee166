import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_AUTHOR_BYTES,
  MAX_NAME_BYTES,
  cutAtWord,
  dropLoneSurrogates,
  noteFileName,
  reflectionFileName,
  safeFileName,
  truncateBytes,
  uniquePath,
} from '../../src/model/file-names';
import { planNewNote, planNewProject } from '../../src/model/new-project';
import { BUNDLED_TEMPLATES } from '../../src/model/bundled-templates';
import { templateTools } from '../../src/cli/template-tools';

// eslint-disable-next-line no-control-regex -- control characters are what the test looks for
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])\s*(\.|$)/i;
const bytes = (text: string) => new TextEncoder().encode(text).length;
const now = new Date(2026, 3, 14, 10, 32, 5);

/** Every rule a path segment we make must follow, on every platform. */
function expectSafeSegment(segment: string): void {
  expect(segment).not.toBe('');
  expect(segment).not.toMatch(FORBIDDEN);
  expect(segment).not.toMatch(RESERVED);
  expect(segment).not.toMatch(/^[\s.]|[\s.]$/);
  expect(segment).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  expect(bytes(segment)).toBeLessThanOrEqual(255);
}

function expectSafePath(path: string, folder: string): void {
  expect(path.startsWith(`${folder}/`)).toBe(true);
  expect(path).not.toMatch(/^\//);
  for (const segment of path.split('/')) {
    expect(segment).not.toBe('..');
    expect(segment).not.toBe('.');
    expectSafeSegment(segment.replace(/\.(md|base)$/, ''));
  }
}

const titles = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('..', '../../etc/passwd', '/root', 'CON', 'nul.txt', 'Com1 ', 'lpt9.md', ' . ', '#tag [[link]] ^block', 'a|b'),
);

describe('safeFileName', () => {
  it('keeps ordinary names', () => {
    expect(safeFileName('Tea and Talk')).toBe('Tea and Talk');
    expect(safeFileName('Café – été 2026')).toBe('Café – été 2026');
  });

  it('removes characters file systems or links refuse', () => {
    expect(safeFileName('Review: week 2 / part "A" <draft>?*|#^[x]\\')).toBe('Review week 2 part A draft x');
    expect(safeFileName('  ..hidden. ')).toBe('hidden');
    expect(safeFileName('tab\there\nnew line')).toBe('tab here new line');
  });

  it('renames Windows device names', () => {
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('nul.txt')).toBe('nul_.txt');
    expect(safeFileName('com1')).toBe('com1_');
    expect(safeFileName('Console')).toBe('Console');
  });

  it('gives "Untitled" for a name with nothing left', () => {
    for (const title of ['', '   ', '...', '///', '\u0000']) expect(safeFileName(title)).toBe('Untitled');
  });

  it('cuts long names to about 100 bytes without splitting a character', () => {
    const name = safeFileName('é'.repeat(80));
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toBe('é'.repeat(50));
    expect(truncateBytes('👩‍👩‍👧‍👦 family', 10)).toBe('');
    expect(truncateBytes('ab😀c', 5)).toBe('ab');
  });

  it('is always safe on every platform (property test)', () => {
    fc.assert(
      fc.property(titles, (title) => {
        const name = safeFileName(title);
        expectSafeSegment(name);
        expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES + 1);
        expect(safeFileName(name)).toBe(name);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('uniquePath', () => {
  it('adds " 2", " 3"… until the name is free', async () => {
    const taken = new Set(['P/Reflections/A.md', 'P/Reflections/A 2.md']);
    expect(await uniquePath('P/Reflections', 'A', (path) => taken.has(path))).toBe('P/Reflections/A 3.md');
    expect(await uniquePath('', 'B', () => Promise.resolve(false))).toBe('B.md');
    expect(uniquePath('P/A.md', (path) => taken.has(`P/Reflections/${path.slice(2)}`))).toBe('P/A 3.md');
  });

  it('never returns a path that exists (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(titles, fc.array(fc.nat({ max: 6 }), { maxLength: 6 }), async (title, numbers) => {
        const base = safeFileName(title);
        const existing = new Set(numbers.map((n) => `Project/Notes/${base}${n <= 1 ? '' : ` ${n}`}.md`));
        const path = await uniquePath('Project/Notes', base, (candidate) => existing.has(candidate));
        expect(existing.has(path)).toBe(false);
        expectSafePath(path, 'Project/Notes');
      }),
      { numRuns: 300 },
    );
  });
});

describe('noteFileName', () => {
  it('names dated notes by day and title, or by kind and author', () => {
    expect(noteFileName('reflection', now, 'Nobody came')).toBe('2026-04-14 10-32 Nobody came');
    expect(noteFileName('reflection', now, '', 'Sam')).toBe('2026-04-14 10-32 Sam - Reflection');
    expect(noteFileName('reflection', now, 'Nobody came', 'Sam')).toBe('2026-04-14 10-32 Sam - Nobody came');
    expect(noteFileName('reflection', now)).toBe('2026-04-14 10-32 Reflection');
    expect(noteFileName('assessment', now, '', 'Rowan')).toBe('2026-04-14 Self-assessment - Rowan');
    expect(noteFileName('participant', now, 'Rowan')).toBe('Rowan');
    expect(noteFileName('participant', now)).toBe('Participant');
  });
});

describe('reflectionFileName (issue 9: two devices never make the same name)', () => {
  it('puts date, time and author before the first words', () => {
    expect(reflectionFileName({ day: '2026-11-22', time: '14-05', author: 'Amara', words: 'The handover felt rushed' })).toBe(
      '2026-11-22 14-05 Amara - The handover felt rushed',
    );
    expect(reflectionFileName({ day: '2026-11-22', time: '14-05', words: 'The handover felt rushed' })).toBe('2026-11-22 14-05 The handover felt rushed');
    expect(reflectionFileName({ day: '2026-11-22', time: '14-05', author: '1/2' })).toBe('2026-11-22 14-05 1 2 - Reflection');
    expect(reflectionFileName({ day: '2026-11-22', author: '///', words: '...' })).toBe('2026-11-22 Reflection');
  });

  it('keeps the author in the name however long the first words are', () => {
    const name = reflectionFileName({ day: '2026-11-22', time: '14-05', author: 'Bea', words: 'word '.repeat(20_000) });
    expect(name.startsWith('2026-11-22 14-05 Bea - word word')).toBe(true);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith('word')).toBe(true);
    const longAuthor = reflectionFileName({ day: '2026-11-22', time: '14-05', author: 'Ann '.repeat(50), words: 'Tea' });
    expect(longAuthor).toMatch(/^2026-11-22 14-05 (Ann ){0,9}Ann - Tea$/);
  });

  // 1,000 runs; see test/property-budget.test.ts.
  it('differs whenever the author or the minute differs (property test)', () => {
    const author = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((name) => safeFileName(name) !== 'Untitled');
    fc.assert(
      fc.property(author, author, titles, fc.constantFrom('09-00', '09-01'), (a, b, words, time) => {
        const first = reflectionFileName({ day: '2026-11-22', time: '09-00', author: a, words });
        const second = reflectionFileName({ day: '2026-11-22', time, author: b, words });
        expectSafeSegment(first);
        const sameWho = cutAtWord(safeFileName(a), MAX_AUTHOR_BYTES) === cutAtWord(safeFileName(b), MAX_AUTHOR_BYTES);
        if (!sameWho || time !== '09-00') expect(first).not.toBe(second);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('long names are cut at a word, in linear time and memory (issue 9)', () => {
  it('cuts 40k and 80k-character titles at a word boundary', () => {
    for (const length of [40_000, 80_000]) {
      const words = 'Tea and talk '.repeat(length / 13);
      const name = safeFileName(words);
      expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(name).toMatch(/^(Tea and talk )*(Tea|Tea and|Tea and talk)$/);
      for (const title of ['é'.repeat(length), '👩‍👩‍👧‍👦'.repeat(length / 11), `${'.'.repeat(length)}x`, `a${' .'.repeat(length / 2)}b`]) {
        const cut = safeFileName(title);
        expectSafeSegment(cut);
        expect(bytes(cut)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      }
    }
    // Only the start is split into characters, and a cluster cut by that start is never kept in half.
    expect(truncateBytes('👩‍👩‍👧‍👦'.repeat(8_000), 60)).toBe('👩‍👩‍👧‍👦'.repeat(2));
    expect(truncateBytes(`${'a'.repeat(99)}👩‍👩‍👧‍👦${'b'.repeat(80_000)}`, 110)).toBe('a'.repeat(99));
    expect(cutAtWord('aaaa bbbb cccc', 12)).toBe('aaaa bbbb');
    expect(cutAtWord('aaaa bbbbbbbbbbbbb', 12)).toBe('aaaa bbbbbbb');
    expect(dropLoneSurrogates('a\ud800b\udc00c\ud83d\ude00')).toBe('abc\ud83d\ude00');
  });
});

describe('planned notes stay inside their project folder', () => {
  it('for any project name, title and author (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(titles, titles, titles, async (name, title, author) => {
        const planned = planNewProject({ name: `x${name}`, start: '2026-04-14', templates: BUNDLED_TEMPLATES, now, tools: templateTools });
        expect(planned.ok).toBe(true);
        if (!planned.ok) return;
        const { folder, projectPath, files } = planned.plan;
        expect(folder).not.toContain('/');
        expectSafeSegment(folder);
        for (const file of files) expectSafePath(file.path, folder);
        const note = await planNewNote({
          kind: 'reflection',
          project: { path: projectPath },
          title,
          author,
          now,
          templates: BUNDLED_TEMPLATES,
          exists: () => false,
          tools: templateTools,
        });
        expectSafePath(note.path, folder);
      }),
      { numRuns: 300 },
    );
  });
});
