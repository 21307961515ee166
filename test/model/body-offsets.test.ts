// The body is walked by offsets, its plain lines never copied out (issue 11). Each shortcut is
// held to the line-by-line reading it replaced, on notes built from the lines it tells apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBody, readBodyLineByLine, type BodyReading } from '../../src/model/body';
import { contentShapeOfText } from '../../src/model/content-key';
import { findFrontmatter, readHead, splitLines, withNewlines } from '../../src/model/frontmatter';

const linePiece = fc.constantFrom(
  '', ' ', '\t', '\u00a0', 'Plain prose.', 'We met. #ingredient/assets', '#ingredient/capacity', '- [x] Done #ingredient/networks',
  '- [ ] Later #barrier/availability', '1. [X] #gap/mutuality', '## Heading', '#nottag', '```', '~~~', '````', '%%', 'a %% b %% c', '%% open',
  'shut %%', '`#ingredient/assets`', '[[Someone]]', '#ingredient/asets', '---', '...', 'name: value', '<<<<<<< ours', '🙂 #barrier/financial', '#barrier/money',
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
/** A note of those lines, with any mix of line endings, maybe a properties block, maybe a final line ending. */
const note = fc
  .tuple(fc.array(fc.tuple(linePiece, lineEnd), { maxLength: 30 }), fc.boolean(), fc.constantFrom('', '---\n', '---\nkind: x\n---\n', '---  \r\na: b\r\n...'))
  .map(([lines, endsWithBreak, head]) => {
    const text = lines.map(([line, end]) => line + end).join('');
    return head + (endsWithBreak || lines.length === 0 ? text : text.slice(0, -lines.at(-1)![1].length));
  });

/**
 * The shape by its definition, the slow way: lines with trailing space cut, trailing blank lines
 * dropped; their total length (each with its line end), their number, and an FNV-1a hash of the
 * first 64 UTF-16 units of the last.
 */
function shapeByDefinition(text: string): string {
  const lines = splitLines(text).map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  if (lines.length === 0) return '';
  const length = lines.reduce((sum, line) => sum + line.length + 1, 0);
  let hash = 0x811c9dc5;
  const last = lines.at(-1)!;
  for (let i = 0; i < Math.min(last.length, 64); i++) hash = Math.imul(hash ^ last.charCodeAt(i), 0x01000193);
  return `${length}.${lines.length}.${(hash >>> 0).toString(36)}`;
}

/** Every mark as the record shows it, quoted from the lines. */
function shown(reading: BodyReading, lines: readonly string[]) {
  const words = { lineAt: (line: number) => lines[line - 1] ?? '' };
  const marks = reading.marks;
  return {
    evidence: marks.evidence(words, false),
    gaps: marks.evidence(words, true),
    barriers: marks.barrierMarks(words),
    checklist: marks.checklist(words),
    problems: reading.problems,
  };
}

describe('reading a note by offsets', () => {
  it('finds the same properties block and body start as the split lines', () => {
    fc.assert(
      fc.property(note, (text) => {
        const lines = splitLines(text);
        const flat = withNewlines(text);
        expect(flat.split('\n')).toEqual(lines);
        const head = readHead(flat);
        const block = findFrontmatter(lines);
        expect(head.block).toEqual(block);
        expect(findFrontmatter(head.lines())).toEqual(block);
        expect(head.opens).toBe(lines[0]!.trimEnd() === '---');
        if (head.opens && !block) expect(head.lines()).toEqual(lines);
        if (block) expect(flat.slice(head.bodyOffset)).toBe(lines.slice(block.closingLine).join('\n'));
        if (block && block.closingLine === lines.length) expect(head.bodyOffset).toBeGreaterThan(flat.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the shape its definition gives', () => {
    fc.assert(
      fc.property(note, (text) => {
        expect(contentShapeOfText(withNewlines(text))).toBe(shapeByDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the marks, quotes and problems that reading every line in full reads', () => {
    fc.assert(
      fc.property(note, (text) => {
        const lines = splitLines(text);
        const flat = withNewlines(text);
        const block = findFrontmatter(lines);
        const startLine = block ? block.closingLine + 1 : 1;
        const byOffsets = readBody('n.md', flat, block ? readHead(flat).bodyOffset : 0, startLine);
        expect(shown(byOffsets, lines)).toEqual(shown(readBodyLineByLine('n.md', lines, startLine), lines));
      }),
      { numRuns: 3000 },
    );
  });

  it('skips no tag on a line far from the last mark, and none inside code', () => {
    const filler = 'Plain words with nothing to mark.\n'.repeat(500);
    const text = `${filler}We met. #ingredient/assets\n${filler}\`\`\`\n#ingredient/networks\n\`\`\`\n- [x] Done #barrier/language\n`;
    const reading = readBody('n.md', text, 0, 1);
    const lines = text.split('\n');
    const marks = shown(reading, lines);
    expect(marks.evidence.map((mark) => [mark.ingredient, mark.line])).toEqual([['assets', 501]]);
    expect(marks.barriers.map((mark) => [mark.barrier, mark.line])).toEqual([['language', 1005]]);
  });
});
