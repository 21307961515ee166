/**
 * Note text quoted in the markdown report can never become a link, an embed or HTML
 * (issue 9): the escaping helper as a property, and hostile notes through the whole report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analysis/report';
import { escapeMarkdownInline, renderReportMarkdown, wikilink } from '../../src/render/report-markdown';
import { indexOf, note } from '../support/memory-vault';

/** Characters that must never appear in escaped text without a backslash before them. */
const ACTIVE = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '%', '$', '&', '~', '=', '^']);

/** The first character with a meaning in markdown that is not escaped, or undefined. */
function firstUnescaped(text: string): string | undefined {
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (char === '\\') {
      at++;
      continue;
    }
    if (ACTIVE.has(char) || char === '\n' || char === '\r') return `${char} at ${at}`;
  }
  return undefined;
}

/** What a markdown reader shows for escaped text: each backslash escape gives its character. */
function shown(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('[', ']', '!', '(', ')', '<', '>', '\\', '|', '`', '*', '_', '#', '%', '$', '&', 'a', ' ', '\n', 'script', 'img', '/') }),
  fc.constantFrom('Eve]] ![[Rowan', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '\\[[Rowan]]', '%%hidden%%'),
);

describe('escapeMarkdownInline', () => {
  // 2,000 runs; see the budget in test/property-budget.test.ts.
  it('leaves no [[, ![[, ](, <tag or other markup unescaped, and shows the same words (property test)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeMarkdownInline(text);
        expect(firstUnescaped(escaped)).toBeUndefined();
        expect(shown(escaped)).toBe(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes the known attacks', () => {
    expect(escapeMarkdownInline('Eve]] ![[Rowan')).toBe('Eve\\]\\] !\\[\\[Rowan');
    expect(escapeMarkdownInline('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdownInline('a\\[[b]]')).toBe('a\\\\\\[\\[b\\]\\]');
    expect(escapeMarkdownInline('Tea and talk, 2 o\'clock.')).toBe("Tea and talk, 2 o'clock.");
  });

  it('keeps a bare web address from becoming a link, and shows it the same', () => {
    const text = 'See https://example.org/a_b, http://x.test and WWW.example.org or www.example.org.';
    const escaped = escapeMarkdownInline(text);
    expect(escaped).toBe('See https\\://example.org/a\\_b, http\\://x.test and WWW\\.example.org or www\\.example.org.');
    expect(escaped).not.toMatch(/[^\\]:\/\/|www\./i);
    expect(shown(escaped)).toBe(text);
  });

  it('keeps link text from ending or splitting a wikilink, and does not link a path it cannot hold', () => {
    expect(wikilink({ path: 'P/Participants/Eve.md', title: 'Eve]] ![[Rowan' })).toBe('[[P/Participants/Eve|Eve ! Rowan]]');
    expect(wikilink({ path: 'P/a]] ![[b.md', title: 'x' })).toBe('x');
    expect(wikilink({ path: 'P/a.md', title: '<b>|</b>' })).toBe('[[P/a|\\<b\\> \\</b\\>]]');
  });
});

describe('the report made from hostile notes', () => {
  const EVIL = 'Eve]] ![[Rowan';
  const files = {
    'Soup Club/Soup Club.md': note(
      {
        coproduction: 'project',
        start: '2026-09-01',
        phase: 'engagement',
        aim: JSON.stringify('Lunch <img src=x onerror=alert(1)> for all ![[Rowan]]'),
        partners: [JSON.stringify('[[Council]]'), JSON.stringify('<b>Library</b>')],
      },
      '# Soup Club\n',
    ),
    'Soup Club/Participants/Rowan.md': note({ coproduction: 'participant', pseudonym: 'Rowan', role: 'lived-experience' }, 'Secret details.\n'),
    'Soup Club/Participants/Eve.md': note({ coproduction: 'participant', pseudonym: JSON.stringify(EVIL), role: 'lived-experience', quotes: 'yes' }),
    'Soup Club/Activities/2026-09-10 First lunch.md': note(
      { coproduction: 'activity', date: '2026-09-10', phase: 'engagement', author: JSON.stringify(EVIL), 'lived-experience': 4 },
      '# First lunch\n\n## What we did\nWe cooked <script>alert(1)</script> together ![[Rowan]] [x](javascript:alert(1)) https://evil.example/x www.evil.example #ingredient/mutuality\n\n## Decisions and who made them\n- Meet on <iframe src=x> Thursdays ![[Rowan]]. Decided together.\n',
    ),
    'Soup Club/Reflections/2026-09-11 Talk.md': note(
      {
        coproduction: 'reflection',
        date: '2026-09-11',
        author: JSON.stringify(EVIL),
        'follow-up': JSON.stringify('Ask ![[Rowan]] <u>first</u>'),
        'follow-up-state': 'applied',
        'applied-how': JSON.stringify('We did [it](http://x) %%hidden%%'),
      },
      '# Talk\n\n## What we learned\nPeople want <marquee>soup</marquee> ![[Rowan]].\n',
    ),
    'Soup Club/Rewards/2026-09-12 Eve voucher.md': note({
      coproduction: 'reward',
      date: '2026-09-12',
      participant: JSON.stringify(EVIL),
      role: 'lived-experience',
      type: 'voucher',
      hours: 2,
    }),
  };

  it('quotes every word, links only to the notes it means, and holds no HTML', async () => {
    const index = await indexOf(files);
    const whole = renderReportMarkdown(buildReport(index, index.projects()[0]!, { asOf: '2026-11-30', leavePersonalOut: false }));
    expect(whole.startsWith('---\ncoproduction: report\nproject: "[[Soup Club]]"\n')).toBe(true);
    const text = whole.slice(whole.indexOf('\n---\n') + 5);
    // The hostile words are all there, made inert...
    expect(text).toContain('Eve\\]\\] !\\[\\[Rowan');
    expect(text).toContain('\\<script\\>alert(1)\\</script\\>');
    // ...the report's own wikilinks are the only links...
    const ownLinks = /\[\[[^[\]|\n]+\|[^[\]|\n]*\]\]/g;
    expect(text.match(ownLinks)?.length ?? 0).toBeGreaterThan(0);
    for (const link of text.match(ownLinks) ?? []) expect(link).toMatch(/^\[\[Soup Club\/(Participants|Activities|Reflections|Rewards)\//);
    const rest = text.replace(ownLinks, '').replace(/\\./g, '');
    expect(rest).not.toMatch(/\[\[|!\[|\]\(/);
    // ...no bare web address can become a link...
    expect(text).toContain('https\\://evil.example/x');
    expect(text).not.toMatch(/[^\\]:\/\/|www\./i);
    // ...and no tag of HTML survives anywhere.
    expect(text.replace(/\\./g, '')).not.toMatch(/<[a-z/!?]/i);
  });
});
