/** The README shows real output: this fails when the dashboard changes and the README does not. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  it('shows pictures that exist, with words for each, and every picture of the plugin', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((match) => ({ alt: match[1]!, file: match[2]! }));
    const linked = [...readme.matchAll(/\]\((docs\/images\/[^)\s]+)\)/g)].map((match) => match[1]!);
    expect(pictures.length).toBeGreaterThan(0);
    for (const { alt, file } of pictures) {
      expect(alt.trim(), file).not.toBe('');
      expect(existsSync(path.join(REPO, file)), file).toBe(true);
    }
    for (const file of linked) expect(existsSync(path.join(REPO, file)), file).toBe(true);
    const plugin = readdirSync(path.join(REPO, 'docs/images')).filter((name) => name.startsWith('plugin-') && name.endsWith('.png'));
    expect(plugin).toEqual(expect.arrayContaining(['plugin-dashboard-light.png', 'plugin-dashboard-dark.png', 'plugin-dashboard-phone-light.png', 'plugin-dashboard-phone-dark.png']));
    for (const name of plugin) expect(pictures.map((picture) => picture.file), name).toContain(`docs/images/${name}`);
  });

  it('gives exactly the two set-up commands', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});
