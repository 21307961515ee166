import { describe, expect, it } from 'vitest';
import { coprod } from '../support/cli';

const TEXT = '## What we did\nEveryone got a voucher and their travel costs back.\n';

describe('coprod suggest', () => {
  it('ranks mutuality first for text about vouchers and travel costs, with the words and lines', async () => {
    const result = await coprod(['suggest', '-'], { stdin: TEXT });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^1\. Mutuality \(score [\d.]+\): .*"voucher" \(line 2\)/);
  });

  it('prints machine-readable JSON with --json', async () => {
    const result = await coprod(['suggest', '-', '--json'], { stdin: TEXT });
    const ranking = JSON.parse(result.stdout) as { ingredient: string; reasons: { phrase: string; line: number }[] }[];
    expect(ranking[0]?.ingredient).toBe('mutuality');
    expect(ranking[0]?.reasons.some((reason) => reason.line === 2)).toBe(true);
  });

  it('says when nothing stands out, and fails cleanly on a missing file', async () => {
    expect((await coprod(['suggest', '-'], { stdin: 'The weather was grey.' })).stdout).toBe('No ingredient stands out in this text.\n');
    const missing = await coprod(['suggest', 'no-such-file.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no-such-file.md: there is no such file or folder.');
  });

  it('keeps the JSON shape and adds gap: true where the words say an ingredient is missing', async () => {
    const result = await coprod(['suggest', '-', '--json'], { stdin: 'Nobody was paid for their time.\n' });
    const ranking = JSON.parse(result.stdout) as { ingredient: string; score: number; reasons: unknown[]; gap?: boolean }[];
    expect(ranking[0]).toMatchObject({ ingredient: 'mutuality', gap: true });
    expect(Object.keys(ranking[0]!).sort()).toEqual(['gap', 'ingredient', 'reasons', 'score']);
    const text = await coprod(['suggest', '-'], { stdin: 'Nobody was paid for their time.\n' });
    expect(text.stdout).toMatch(/^1\. Mutuality, missing \(a gap\)/);
  });
});

