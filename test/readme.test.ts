/** The README shows real output: this fails when the dashboard changes and the README does not. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coprod, REPO } from './support/cli';

describe('README', () => {
  it('quotes what npm start prints for the demo vault on 22 November 2026', async () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const start = readme.indexOf('```text\n', readme.indexOf('What <code>npm start</code> prints')) + '```text\n'.length;
    const quoted = readme.slice(start, readme.indexOf('\n```', start));
    const { stdout } = await coprod(['dashboard', 'vault-template'], { today: '2026-11-22' });
    expect(quoted, 'Run `npm run readme` to bring the README up to date.').toBe(stdout.trimEnd());
  });

  it('gives exactly the two set-up commands', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
