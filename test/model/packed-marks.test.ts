import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/model';
import { PackedMarks } from '../../src/model/line-mark';
import { readYaml } from '../../src/cli/yaml-reader';

// Marks are packed as numbers until read (issue 11); reading them must give back every mark
// as the lines wrote it: order, source, ticks and the prose line a tags-only line borrows.
const NOTE = [
  '---',
  'coproduction: activity',
  'project: "[[P]]"',
  'date: 2026-03-02',
  'ingredients: [catalysts]',
  '---',
  'We shared the cooking. #ingredient/mutuality #barrier/language #gap/capacity',
  'Rowan chaired.',
  '#ingredient/shared-roles #ingredient/assets',
  '- [x] Booked a step-free room #barrier/accessibility #ingredient/networks #barrier/financial #ingredient/capacity',
  '- [ ] Ask about childcare #barrier/availability #ingredient/assets',
  '- [X] Paid on the day',
  '',
].join('\n');

describe('packed marks', () => {
  it('gives back every mark as written', () => {
    const record = parseNote({ path: 'P/a.md', text: NOTE, readYaml });
    expect(record.evidence.map((mark) => [mark.ingredient, mark.line, mark.source, mark.text])).toEqual([
      ['catalysts', 5, 'property', ''],
      ['mutuality', 7, 'tag', 'We shared the cooking.'],
      ['shared-roles', 9, 'tag', 'Rowan chaired.'],
      ['assets', 9, 'tag', 'Rowan chaired.'],
      ['networks', 10, 'checklist', 'Booked a step-free room'],
      ['capacity', 10, 'checklist', 'Booked a step-free room'],
    ]);
    expect(record.gaps.map((mark) => [mark.ingredient, mark.line, mark.source])).toEqual([['capacity', 7, 'tag']]);
    expect(record.barrierMarks.map((mark) => [mark.barrier, mark.line, mark.source])).toEqual([
      ['language', 7, 'tag'],
      ['accessibility', 10, 'checklist'],
      ['financial', 10, 'checklist'],
    ]);
    expect(record.checklist.map((item) => [item.line, item.checked, item.ingredients, item.barriers, item.text])).toEqual([
      [10, true, ['networks', 'capacity'], ['accessibility', 'financial'], 'Booked a step-free room'],
      [11, false, ['assets'], ['availability'], 'Ask about childcare'],
      [12, true, [], [], 'Paid on the day'],
    ]);
    // Read twice, the same objects: worked out once.
    expect(record.evidence).toBe(record.evidence);
  });

  it('keeps line numbers exact far past any note, with every kind and id', () => {
    const marks = new PackedMarks();
    const far = 2 ** 40 + 3;
    marks.addEvidence(true, 'catalysts', far, true, far - 1);
    marks.addBarrier('language', far + 1, false, 7);
    marks.addChecklist(far + 2, true, ['catalysts', 'assets'], ['language']);
    marks.seal();
    const words = { lineAt: () => 'x' };
    expect(marks.evidence(words, true).map((mark) => [mark.ingredient, mark.line, mark.source])).toEqual([['catalysts', far, 'checklist']]);
    expect(marks.evidence(words, false)).toEqual([]);
    expect(marks.barrierMarks(words).map((mark) => [mark.barrier, mark.line, mark.source])).toEqual([['language', far + 1, 'tag']]);
    expect(marks.checklist(words).map((item) => [item.line, item.checked, item.ingredients, item.barriers])).toEqual([
      [far + 2, true, ['catalysts', 'assets'], ['language']],
    ]);
    expect(() => marks.addBarrier('language', 1, false, 0)).toThrow(/after sealing/);
  });
});
