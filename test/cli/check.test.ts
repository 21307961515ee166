import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coprod, DEMO_VAULT, REPO } from '../support/cli';

const BROKEN = path.join(REPO, 'test/fixtures/broken');

describe('coprod check', () => {
  it('finds only the consent review the demo vault is written to need, and exits 1', async () => {
    const result = await coprod(['check', DEMO_VAULT], { today: '2026-11-22' });
    expect(result.stdout).toBe(
      'Full Plates Together/Participants/Morgan.md:13  Consent for Morgan was due for review on 2026-09-30 (Check they are still happy to take part, then set a new review-by date)\n' +
        'Checked 64 notes: 1 problem.\n',
    );
    expect(result.code).toBe(1);
  });

  it('names every problem in the broken fixtures with file, line and a hint, and exits 1', async () => {
    const result = await coprod(['check', BROKEN]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    const expectations: [string, RegExp][] = [
      ['Garden/Broken yaml.md:4', /could not be read: a quote or bracket is not closed/],
      ['Garden/Impossible date.md:3', /"date" is "2026-02-31", which is not a real date, so this note is not counted until it is fixed \(Check the day and month\.\)/],
      ['Garden/Misspelt tag.md:7', /#ingredient\/asets is not one of the six ingredients \(Did you mean #ingredient\/assets\?\)/],
      ['Garden/Wrong type.md:4', /"lived-experience" should be a whole number, like 3, but it is "several"/],
      ['Garden/Wrong type.md:5', /"ingredients" includes "mutualty", which is not one of the six ingredients \(Did you mean "mutuality"\?\)/],
      ['Garden/Unknown kind.md:2', /"reflektion" is not a kind of note the tracker knows, so this note is not counted until it is fixed \(Did you mean "reflection"\?\)/],
      ['Garden/Good activity.sync-conflict-20260221-101500-ABCDEFG.md', /copy Syncthing made/],
      ['Loose reflection.md', /does not belong to any project/],
    ];
    for (const [where, message] of expectations) {
      const line = lines.find((candidate) => candidate.startsWith(`${where}  `));
      expect(line, `no line for ${where} in:\n${result.stdout}`).toBeDefined();
      expect(line).toMatch(message);
    }
    expect(lines.at(-1)).toBe(`Checked 9 notes: ${expectations.length} problems.`);
  });

  it('says so in one line and exits 2 for a missing folder or a folder with no notes', async () => {
    const missing = await coprod(['check', '/no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('coprod check: No folder at /no/such/folder.\n');
    const empty = mkdtempSync(path.join(tmpdir(), 'coprod-empty-'));
    writeFileSync(path.join(empty, 'readme.txt'), 'not a note');
    const none = await coprod(['check', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^coprod check: No notes in .*: it holds no \.md files\.\n$/);
  });

  it('prints help for every command and for coprod itself', async () => {
    for (const command of ['check', 'dashboard', 'suggest']) {
      const result = await coprod([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: coprod ${command}`);
    }
    const top = await coprod(['--help']);
    expect(top.stdout).toContain('Commands:');
    const none = await coprod([]);
    expect(none.code).toBe(2);
    // Exit 2 means the run stopped: the help says why, on stderr, and stdout stays empty for a pipe.
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Commands:');
    const unknown = await coprod(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no command "frobnicate"');
  });
});
