/**
 * Hand-made hostile notes from issue 9, each through the real CLI in a temporary vault:
 * no command throws, every problem names a file and a line, and nothing is written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { changes, projectNote, removeFolder, runIn, snapshot, tempVault } from '../support/temp-vault';

const made: string[] = [];
function vault(files: Record<string, string>): string {
  const root = tempVault(files, 'coprod-hostile-');
  made.push(root);
  return root;
}
afterEach(() => {
  for (const root of made.splice(0)) removeFolder(root);
});

const activity = (project: string) =>
  `---\ncoproduction: activity\nproject: ${JSON.stringify(project)}\ndate: 2026-03-02\ningredients: [mutuality]\n---\n# Met\n\nWe met. #ingredient/mutuality\n`;

describe('hostile notes through coprod', () => {
  it('reads a project: markdown link holding a bare % (issue 9, item 1)', async () => {
    const root = vault({ 'P/P.md': projectNote('P'), 'P/Met.md': activity('[Plan](50% done.md)') });
    const before = snapshot(root);
    for (const args of [['check', root], ['dashboard', root, '--json', '-']]) {
      const run = await runIn(root, args);
      expect(run.thrown).toBeUndefined();
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.code);
    }
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('names a circular alias and a billion laughs in plain words, with a line (issue 9, item 2)', async () => {
    const levels = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level <= 12; level++) levels.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
    const root = vault({
      'P/P.md': projectNote('P'),
      'P/Circle.md': '---\ncoproduction: &a [*a]\n---\n# Circle\n',
      'P/Laughs.md': `---\ncoproduction: activity\n${levels.join('\n')}\n---\n# Laughs\n`,
    });
    const before = snapshot(root);
    const run = await runIn(root, ['check', root]);
    expect(run.thrown).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^P\/Circle\.md:1 {2}.*a value refers to itself/m);
    expect(run.stdout).toMatch(/^P\/Laughs\.md:1 {2}.*repeated with \* too many times/m);
    expect(run.stdout).not.toMatch(/YAML\.|parseAllDocuments|resource exhaustion|Excessive alias/i);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });
});
