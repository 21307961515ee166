/** The last line of `coprod check` counts notes and problems in plain words: "1 note", never "1 notes". */
import { afterAll, describe, expect, it } from 'vitest';
import { coprod } from '../support/cli';
import { projectNote, removeFolder, tempVault } from '../support/temp-vault';

const vaults: string[] = [];
afterAll(() => vaults.forEach(removeFolder));

describe('coprod check, its last line', () => {
  it('says "1 note" for one note, and counts more in the plural', async () => {
    const one = tempVault({ 'P/P.md': projectNote('P') });
    const two = tempVault({ 'P/P.md': projectNote('P'), 'P/Other.md': 'Just words.\n' });
    vaults.push(one, two);
    expect((await coprod(['check', one])).stdout).toBe('Checked 1 note: no problems.\n');
    expect((await coprod(['check', two])).stdout).toBe('Checked 2 notes: no problems.\n');
  });
});
