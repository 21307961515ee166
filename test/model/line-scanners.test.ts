// Hand-written scanners that replace expressions or copies on every line (issue 11), each held
// to the behaviour of what it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkboxOf } from '../../src/model/body';
import { copyName, provenCopyName } from '../../src/model/conflicts';
import { TRACKER_TAG } from '../../src/model/quote';
import { mentionsTrackerTag, trackerTagsIn } from '../../src/model/tag-scan';
import { endWithoutSpace, hasText } from '../../src/model/white-space';

/** What the expression finds: the reference the hand-written scanner must agree with. */
function byExpression(line: string): { family: string; value: string }[] {
  return [...line.matchAll(TRACKER_TAG)].map((match) => ({ family: match[2]!.toLowerCase(), value: match[3]! }));
}

describe('trackerTagsIn', () => {
  it('finds tags as the expression does in lines a team writes', () => {
    const lines = [
      'We cooked soup. #ingredient/assets',
      '#ingredient/assets,#GAP/Mutuality;#barrier/money (#ingredient/networks)',
      '- [x] Done #Ingredient/shared-roles #ingredient/capacity#ingredient/catalysts',
      'no tag here # ingredient/assets or a#ingredient/assets',
      '#gap/ nothing after the slash, #gap/_x-1',
      'Café\u00a0#ingredient/réseau\u3000#barrier/言語 #ingredient/𝐀bc',
    ];
    for (const line of lines) expect(trackerTagsIn(line)).toEqual(byExpression(line));
    expect(trackerTagsIn(lines[1]!).map((tag) => tag.family)).toEqual(['ingredient', 'gap', 'barrier', 'ingredient']);
  });

  it('agrees with the expression on any line built from tag-like pieces', () => {
    const piece = fc.constantFrom(
      '#', 'ingredient/', 'INGREDIENT/', 'gap/', 'Barrier/', 'ingredients/', '/', 'assets', 'x', 'é', '言', '𝐀', '\ud800', '1', '_', '-',
      ' ', '\t', '\u00a0', '\u2028', '(', ',', ';', '.', ':', '`', '[', ']', 'İ', 'ı', 'K',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const line = pieces.join('');
        expect(trackerTagsIn(line)).toEqual(byExpression(line));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mentionsTrackerTag', () => {
  it('answers as the first-look expression did, on any text', () => {
    const firstLook = /#(?:ingredient|gap|barrier)\//i;
    const piece = fc.constantFrom('#', 'ingredient', 'INGREDIENT', 'Gap', 'barrier', 'barriers', '/', ' ', '\n', 'x', '#gap', 'é', '𝐀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(mentionsTrackerTag(text)).toBe(firstLook.test(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hasText', () => {
  it('says what trim() and trimEnd() would, without copying the line', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\ufeff', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u3000', '\u1680', '\u202f', '\u205f', '\u0085', '\u180e', '\u0000', '\u001f', 'a', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const line = pieces.join('');
        expect(hasText(line)).toBe(line.trim() !== '');
        expect(endWithoutSpace(line)).toBe(line.trimEnd().length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checkboxOf', () => {
  /** The expression it replaced: the reference. */
  const CHECKLIST = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/;

  it('reads the box of the checklist lines a team writes, and no other line', () => {
    expect(checkboxOf('- [x] Booked the hall')).toBe('x');
    expect(checkboxOf('  * [ ] Ask Sam')).toBe(' ');
    expect(checkboxOf('12) [X] Paid')).toBe('X');
    expect(checkboxOf('1234567890. [x] ten digits')).toBeUndefined();
    expect(checkboxOf('-[x] no space')).toBeUndefined();
    expect(checkboxOf('[x] no bullet')).toBeUndefined();
    expect(checkboxOf('- [🙂] two code units')).toBeUndefined();
  });

  it('agrees with the expression on any line built from checklist-like pieces', () => {
    const piece = fc.constantFrom(
      '-', '*', '+', '1', '9', '0', '.', ')', ' ', '\t', '\u00a0', '\u3000', '\u2028', '\r', '[', ']', 'x', 'X', '/', '🙂', '\ud83d', 'a', '#',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const line = pieces.join('');
        expect(checkboxOf(line)).toBe(CHECKLIST.exec(line)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the expression on lines shaped like checklist lines, right or nearly', () => {
    const part = (...options: string[]) => fc.constantFrom(...options);
    const line = fc
      .tuple(
        part('', ' ', '\t', '\u00a0', '  \u3000', 'a'),
        part('-', '*', '+', '1.', '123456789)', '1234567890.', '7', '.', ''),
        part(' ', '\t', '  ', '', '\u00a0'),
        part('[', '', '(', '[['),
        part('x', 'X', ' ', '/', '\r', '\n', '\u2028', '\u2029', '🙂', '\ud83d', ']', ''),
        part(']', '', ')', ']]'),
        part('', ' Booked', '#ingredient/assets'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (text) => {
        expect(checkboxOf(text)).toBe(CHECKLIST.exec(text)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('provenCopyName', () => {
  // Its first look skips the expressions for names no tool could have made: it must never skip one that proves a copy.
  const names = [
    'P/Note.sync-conflict-20260301-101010-ABCDEF1.md',
    'P/Note (conflicted copy 2026-03-01 101010).md',
    "P/Note (Sam's conflicted copy 2026-03-01).md",
    'P/Note (Conflicted copy from laptop).md',
    'P/Note (SFConflict sam 2026-03-01).md',
    'P/Note [Conflict].md',
    'P/Note_conflict-20260301-101010.md',
    'P/Note-DESKTOP-AB12C.md',
    'P/Note-LAPTOP-XY9876.md',
    'P/Note (1).md',
    'P/Note 2.md',
    'P/Note-ABC.md',
    'P/Plain note.md',
    'Conflict resolution/Meeting.md',
  ];

  it("finds every copy a tool's name proves, and nothing else", () => {
    for (const name of names) {
      const full = copyName(name);
      expect(provenCopyName(name)).toEqual(full?.tool === undefined ? undefined : full);
    }
    expect(names.filter((name) => provenCopyName(name) !== undefined)).toHaveLength(9);
  });

  it('agrees with the full look on names built from copy-like pieces', () => {
    const piece = fc.constantFrom(
      'Note', ' ', '.sync-conflict-', '20260301', '-', '101010', 'ABCDEF1', ' (', ')', 'conflicted copy', 'Conflicted Copy', "Sam's ",
      'SFConflict ', '[Conflict]', '_conflict-', 'DESKTOP', 'LAPTOP', 'AB12C', '2026-03-01', '(1)', '2', 'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const name = `P/${pieces.join('')}.md`;
        const full = copyName(name);
        expect(provenCopyName(name)).toEqual(full?.tool === undefined ? undefined : full);
      }),
      { numRuns: 3000 },
    );
  });
});
