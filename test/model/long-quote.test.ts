/** A quote is at most QUOTE_LENGTH characters, cut at a word, with "…" after. */
import { describe, expect, it } from 'vitest';
import { QUOTE_LENGTH, quoteText, shortened } from '../../src/model';

/** True when no half of a surrogate pair stands alone. */
const wellFormed = (text: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('a long line quoted', () => {
  it('is cut at a word, near the limit, with … after', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const quote = quoteText(`We talked. ${words} #ingredient/mutuality`);
    expect(QUOTE_LENGTH).toBe(500);
    expect(quote.length).toBeLessThanOrEqual(QUOTE_LENGTH + 1);
    expect(quote.length).toBeGreaterThan(QUOTE_LENGTH - 10);
    expect(quote.startsWith('We talked. word0 word1 ')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    // The last word is whole: the words before … are all words of the line.
    const last = quote.slice(0, -1).split(' ').at(-1)!;
    expect(words.split(' ')).toContain(last);
  });

  it('keeps a line that fits as it is, with no …', () => {
    const line = `${'a '.repeat(249)}b`;
    expect(line.length).toBe(QUOTE_LENGTH - 1);
    expect(quoteText(line)).toBe(line);
    expect(shortened('x'.repeat(QUOTE_LENGTH), QUOTE_LENGTH)).toBe('x'.repeat(QUOTE_LENGTH));
  });

  it('cuts a 3 MB line with no break and no space between two characters, never inside a surrogate pair', () => {
    const quote = quoteText('x'.repeat(3 * 1024 * 1024));
    expect(quote).toBe(`${'x'.repeat(QUOTE_LENGTH)}…`);
    for (const lead of ['', 'a']) {
      const emoji = quoteText(`${lead}${'😀'.repeat(400)}`);
      expect(wellFormed(emoji)).toBe(true);
      expect(emoji.endsWith('😀…')).toBe(true);
      expect(emoji.length).toBeLessThanOrEqual(QUOTE_LENGTH + 1);
    }
  });
});

describe('a paragraph written as one long line, read sentence by sentence (the report)', () => {
  it('keeps every sentence, each shortened only when it alone is too long', async () => {
    const { sentencesOf } = await import('../../src/analysis/report/answers');
    const sentences = Array.from({ length: 12 }, (_, i) => `Sentence ${i} says what we learned about the stall and the rota.`);
    const longSentence = `${'long '.repeat(150)}end.`;
    const line = `${sentences.join(' ')} ${longSentence}`;
    expect(line.length).toBeGreaterThan(2 * QUOTE_LENGTH);
    const read = sentencesOf({ heading: 'What we learned', line: 5, text: line });
    expect(read.slice(0, 12)).toEqual(sentences);
    expect(read).toHaveLength(13);
    expect(read[12]!.endsWith('…')).toBe(true);
    expect(read[12]!.length).toBeLessThanOrEqual(QUOTE_LENGTH + 1);
  });
});
