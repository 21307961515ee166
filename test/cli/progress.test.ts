// Long work shows progress (issue 11): on a terminal, a reading that runs past a second says
// how far it has got, in place, and clears the line when it ends. Nothing else is written.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../src/cli/vault';
import { runCli } from '../../src/cli/run';
import { REPO } from '../support/cli';

/** A vault of one project and `notes` activities. */
function vaultOf(notes: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'coprod-progress-'));
  mkdirSync(path.join(root, 'Soup Club'));
  writeFileSync(path.join(root, 'Soup Club/Soup Club.md'), '---\ncoproduction: project\nname: Soup Club\n---\n');
  for (let i = 1; i < notes; i++) {
    writeFileSync(path.join(root, `Soup Club/2026-02-${String((i % 28) + 1).padStart(2, '0')} Cooking ${i}.md`), `We cooked. #ingredient/assets\n`);
  }
  return root;
}

describe('progress while reading a vault', () => {
  it('says nothing for the first second, then how far it has got, then clears the line', async () => {
    const root = vaultOf(60);
    const lines: string[] = [];
    // A clock that moves 40 ms each time it is read, so the reading "takes" a few seconds.
    let now = 0;
    const clock = () => (now += 40);
    const { index } = await openVault(root, { progress: (line) => lines.push(line), clock });
    expect(index.size).toBe(60);
    const shown = lines.slice(0, -1);
    expect(shown.length).toBeGreaterThan(2);
    for (const line of shown) expect(line).toMatch(/^Reading notes: \d+ of 60$/);
    const counts = shown.map((line) => Number(/: (\d+) of/.exec(line)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Past a second of this clock: 25 reads of it, so not the first notes.
    expect(counts[0]).toBeGreaterThan(5);
    expect(lines.at(-1)).toBe('');
  });

  it('clears the line when the reading stops on an error', async () => {
    const root = vaultOf(60);
    const lines: string[] = [];
    let now = 0;
    let reads = 0;
    const clock = () => {
      // Past the second, after a few lines of progress, the disk goes away.
      if (++reads === 60) throw Object.assign(new Error('gone'), { code: 'EIO' });
      return (now += 40);
    };
    await expect(openVault(root, { progress: (line) => lines.push(line), clock })).rejects.toThrow();
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toBe('');
  });

  it('shows nothing when the reading ends within the second', async () => {
    const root = vaultOf(20);
    const lines: string[] = [];
    await openVault(root, { progress: (line) => lines.push(line) });
    expect(lines).toEqual([]);
  });

  it('shows in every command that reads a vault, and only through the progress line', async () => {
    const commands = [
      ['check'],
      ['dashboard'],
      ['report', '--project', 'Soup Club'],
      ['rewards', '--project', 'Soup Club', '--csv', 'rewards.csv'],
      ['reflect', '--project', 'Soup Club', '--learned', 'Cooking together works'],
      ['new', 'activity', '--project', 'Soup Club', '--vault', '.'],
    ];
    for (const args of commands) {
      const root = vaultOf(60);
      const progress: string[] = [];
      const errors: string[] = [];
      let now = 0;
      const code = await runCli(args, {
        out: () => undefined,
        err: (text) => errors.push(text),
        progress: (line) => progress.push(line),
        clock: () => (now += 40),
        cwd: root,
        stylesPath: path.join(REPO, 'styles.css'),
        today: '2026-11-22',
        now: () => new Date(2026, 10, 22, 10, 32, 5),
        readStdin: () => Promise.resolve(''),
      });
      expect(code, `${args.join(' ')}: ${errors.join('')}`).toBeLessThan(2);
      expect(progress.at(-2), args.join(' ')).toMatch(/^Reading notes: \d+ of 60$/);
      expect(progress.at(-1), args.join(' ')).toBe('');
      expect(errors.join(''), args.join(' ')).not.toMatch(/Reading notes/);
    }
  });
});
