/**
 * A note whose properties cannot be salvaged is left out of every count, its evidence too; a
 * note with a property that can be set aside is still counted. The message tells the two apart.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/model';
import { readYaml } from '../../src/cli/yaml-reader';

function note(properties: string): string {
  return `---\ncoproduction: activity\nproject: "[[Soup Club]]"\n${properties}\n---\nWe cooked soup together. #ingredient/mutuality\n`;
}

describe('a note that is not counted', () => {
  it('says so when a property it cannot do without is wrong', () => {
    const record = parseNote({ path: 'P/a.md', text: note('date: 2026-11-5'), readYaml });
    expect(record.kind).toBe('unreadable');
    expect(record.problems).toEqual([
      {
        path: 'P/a.md',
        line: 4,
        property: 'date',
        message:
          'The property "date" should be a date written as year-month-day, like 2026-03-14, but it is "2026-11-5", so this note is not counted until it is fixed',
        hint: 'Write the date as YYYY-MM-DD.',
      },
    ]);
  });

  it('says so when such a property is missing', () => {
    const record = parseNote({ path: 'P/a.md', text: '---\ncoproduction: phase\n---\nWe met.\n', readYaml });
    expect(record.kind).toBe('unreadable');
    expect(record.problems[0]?.message).toBe('The property "phase" is missing, so this note is not counted until it is fixed');
  });

  it('says nothing of the kind when the property can be set aside and the note is counted', () => {
    const record = parseNote({ path: 'P/a.md', text: note('date: 2026-11-05\nphase: engagment'), readYaml });
    expect(record.kind).toBe('activity');
    expect(record.evidence.map((mark) => mark.ingredient)).toEqual(['mutuality']);
    expect(record.problems).toHaveLength(1);
    expect(record.problems[0]?.message).toBe(
      'The property "phase" is "engagment", which is not one of the four phases (starting-out, engagement, rewards, learning)',
    );
  });

  it('says it only beside the property that stops the note, not beside one that could be set aside', () => {
    const record = parseNote({ path: 'P/a.md', text: note('date: 2026-11-5\nphase: engagment'), readYaml });
    expect(record.kind).toBe('unreadable');
    const byProperty = new Map(record.problems.map((problem) => [problem.property, problem.message]));
    expect(byProperty.get('date')).toMatch(/, so this note is not counted until it is fixed$/);
    expect(byProperty.get('phase')).toBe(
      'The property "phase" is "engagment", which is not one of the four phases (starting-out, engagement, rewards, learning)',
    );
  });
});
