/**
 * Pathological note text through every function that reads it (issue 9). Each must finish
 * with the right answer; none asserts on time. A quadratic or backtracking regular expression
 * would not finish on 256 KB within the test's timeout, so a hang fails the test.
 *
 * Lint holds the same line: eslint-plugin-regexp's no-super-linear-backtracking and
 * no-super-linear-move run over src/ (eslint.config.mjs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleFrom } from '../../src/analysis/reflections';
import { splitSentences } from '../../src/analysis/report/answers';
import { displayTitle } from '../../src/analysis/report/text';
import { suggestIngredients, withoutComments } from '../../src/analysis/suggest';
import { readYaml } from '../../src/cli/yaml-reader';
import { copyName } from '../../src/model/conflicts';
import { safeFileName } from '../../src/model/file-names';
import { findFrontmatter, splitLines } from '../../src/model/frontmatter';
import { linkTarget } from '../../src/model/links';
import { parseNote } from '../../src/model/parse-note';
import { propertyLines } from '../../src/model/property-lines';
import { headingText, isTemplateHint } from '../../src/model/body';
import { quoteText, stripLinks } from '../../src/model/quote';
import { slug } from '../../src/render/dashboard-view';
import { escapeMarkdownInline } from '../../src/render/report-markdown';

const SIZES = [8 * 1024, 256 * 1024];

/** Runs of one character, and of pairs, that make backtracking expressions retry from every position. */
function runs(size: number) {
  return {
    spacesBetweenHashes: `#${' '.repeat(size)}#`,
    headingWithTail: `# a${' '.repeat(size)}#x`,
    brackets: '['.repeat(size),
    closing: ']'.repeat(size),
    wikiOpeners: '[['.repeat(size / 2),
    stars: '*'.repeat(size),
    underscores: '_'.repeat(size),
    pipes: '|'.repeat(size),
    dots: '.'.repeat(size),
    dotsThenWord: `${'.'.repeat(size)}x`,
    dashes: '-'.repeat(size),
    hashes: '#'.repeat(size),
    commentOpeners: '<!--'.repeat(size / 4),
    percents: '%'.repeat(size),
    tags: '#ingredient/'.repeat(size / 12),
    spacesThenX: `${' '.repeat(size)}x`,
    starWords: `*a${'*a'.repeat(size / 2)}`,
    linkOpeners: '[a]('.repeat(size / 4),
    mixed: '[*_|.#'.repeat(size / 6),
  };
}

const note = (body: string) => `---\ncoproduction: activity\nproject: "[[P]]"\ndate: 2026-03-02\n---\n${body}\n`;

describe('pathological lines through every reader of note text', () => {
  for (const size of SIZES) {
    it(`parseNote reads each ${size / 1024} KB run and finds the tag after it`, () => {
      for (const [name, run] of Object.entries(runs(size))) {
        const record = parseNote({ path: 'P/a.md', text: note(`${run}\nWe met. #ingredient/mutuality`), readYaml });
        expect(record.kind, name).toBe('activity');
        expect(record.evidence.map((mark) => [mark.ingredient, mark.line]), name).toContainEqual(['mutuality', 7]);
      }
    });

    it(`headings and quotes of ${size / 1024} KB come out right`, () => {
      const r = runs(size);
      expect(headingText(r.spacesBetweenHashes)).toBe('');
      expect(headingText(r.headingWithTail)).toBe(`a${' '.repeat(size)}#x`);
      expect(headingText(r.hashes)).toBeUndefined();
      expect(isTemplateHint(r.stars)).toBe(false);
      expect(isTemplateHint(`*${'a '.repeat(size / 2)}*`)).toBe(true);
      expect(quoteText(r.spacesThenX)).toBe('x');
      // A quote stops at 500 characters, with … after (quote.ts QUOTE_LENGTH).
      expect(quoteText(r.brackets)).toBe(`${r.brackets.slice(0, 500)}…`);
      expect(stripLinks(r.wikiOpeners)).toBe(r.wikiOpeners);
      expect(stripLinks(`${r.wikiOpeners}[[Note|alias]]`)).toContain('alias');
    });

    it(`sentences, titles, comments and names of ${size / 1024} KB come out right`, () => {
      const r = runs(size);
      expect(splitSentences(r.dotsThenWord)).toEqual([r.dotsThenWord]);
      expect(splitSentences(`${r.dots} a. b`)).toEqual([r.dots, 'a.', 'b']);
      expect(titleFrom(r.dots)).toBe('');
      expect(titleFrom(r.dotsThenWord)).toBe('.'.repeat(60));
      expect(withoutComments(r.commentOpeners)).toBe(r.commentOpeners);
      expect(withoutComments(`${r.commentOpeners}-->`)).toBe(' ');
      expect(withoutComments(r.percents)).toBe(' '.repeat(size / 4));
      expect(safeFileName(r.dashes)).toBe('-'.repeat(100));
      expect(safeFileName(r.dots)).toBe('Untitled');
      expect(linkTarget(r.wikiOpeners)).toBe(r.wikiOpeners);
      expect(linkTarget(`[x](${'%'.repeat(size)}.md)`)).toBe('%'.repeat(size));
      expect(slug(`${r.dashes}a${r.dashes}`)).toBe('a');
      expect(displayTitle(`2026-03-10 ${r.spacesThenX}`)).toBe('x');
      expect(copyName(`P/${r.dots}.md`)).toBeUndefined();
      expect(escapeMarkdownInline(r.brackets)).toBe('\\['.repeat(size));
      expect(suggestIngredients(r.mixed)).toEqual([]);
      expect(suggestIngredients(`${r.linkOpeners} We shared the budget and decided together.`).length).toBeGreaterThan(0);
    });

    it(`properties of ${size / 1024} KB are read or refused in plain words`, () => {
      const r = runs(size);
      expect(readYaml(`a: ${JSON.stringify(r.brackets)}`)).toEqual({ ok: true, data: { a: r.brackets } });
      expect(readYaml(`a: ${r.brackets}`).ok).toBe(false);
      expect(readYaml(`a: ${r.stars}`).ok).toBe(false);
      expect(readYaml(`a: "${r.dots}"`)).toEqual({ ok: true, data: { a: r.dots } });
      const lines = splitLines(`---\n${r.spacesThenX}: 1\nb${r.pipes}: 2\n---\n`);
      expect([...propertyLines(lines, findFrontmatter(lines)!).values()]).toEqual([2, 3]);
    });
  }
});

describe('the loops give the answers of the expressions they replace', () => {
  // 2 x 2,000 runs; see the budget in test/property-budget.test.ts.
  it('splitSentences and withoutComments (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '!', '?', 'b', '\t') }), (line) => {
        expect(splitSentences(line)).toEqual(line.match(/\S.*?(?:[.!?]+(?=\s|$)|$)/g) ?? []);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '!', '-', '>', '%', 'a', ' ') }), (line) => {
        expect(withoutComments(line)).toBe(line.replace(/<!--.*?-->|%%.*?%%/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });
});
