import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../src/model/links';

describe('linkTarget', () => {
  it('reads wiki links, markdown links and plain names', () => {
    expect(linkTarget('[[Folder/Full Plates|alias]]')).toBe('Full Plates');
    expect(linkTarget('[[Full Plates.md]]')).toBe('Full Plates');
    expect(linkTarget('[Plan](Full%20Plates.md)')).toBe('Full Plates');
    expect(linkTarget('Full Plates')).toBe('Full Plates');
  });

  it('keeps a % that starts no escape instead of throwing (issue 9)', () => {
    expect(linkTarget('[Plan](50% done.md)')).toBe('50% done');
    expect(linkTarget('[Plan](100%.md)')).toBe('100%');
    expect(linkTarget('[Plan](%E0%A4%A.md)')).toBe('%E0%A4%A');
    expect(linkTarget('[Plan](Caf%C3%A9 50%.md)')).toBe('Café 50%');
  });

  // 2,000 runs; see test/property-budget.test.ts for the total.
  it('never throws, for any text (property test)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '%', 'a', 'F', '0', '|', '#', '/', '.md', ' ') }).map((s) => `[x](${s})`),
        ),
        (value) => {
          expect(typeof linkTarget(value)).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
