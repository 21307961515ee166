/** The demo vault's Welcome note says what the tracker does now, and names only commands and settings that exist. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coprod, DEMO_VAULT, REPO } from './support/cli';

const welcome = readFileSync(path.join(DEMO_VAULT, 'Welcome.md'), 'utf8');

/** Every `name: '…'` a file under src/plugin gives a command or a setting. */
function pluginNames(): Set<string> {
  const names = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/\bname: '([^'\n]+)'/g)) names.add(match[1]!);
        for (const match of text.matchAll(/\.setName\('([^'\n]+)'\)/g)) names.add(match[1]!);
      }
    }
  };
  walk(path.join(REPO, 'src/plugin'));
  return names;
}

describe('the Welcome note', () => {
  it('says a note takes its project from its folder, and what the plugin fills in', () => {
    expect(welcome).toContain("A note's project comes from its folder.");
    expect(welcome).toMatch(/fills in the project's current phase and your name/);
    // Core Templates fills only the title, date and time: the project is never a template variable.
    expect(welcome).not.toMatch(/project name,? (?:is|are) filled in/i);
    expect(welcome).not.toContain('{{');
  });

  it('names only commands and settings that exist', () => {
    const names = pluginNames();
    expect(names.has('Open dashboard')).toBe(true);
    const quoted = [...welcome.matchAll(/(?:command|run) "([^"]+)"/gi)].map((match) => match[1]!);
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    for (const name of quoted) if (name !== 'Templates: Insert template') expect(names, name).toContain(name);
    const setting = /under "([^"]+)"/.exec(welcome)?.[1];
    expect(setting).toBeDefined();
    expect(names).toContain(setting);
  });

  it('speaks of gaps and of what check names', () => {
    expect(welcome).toContain('gap/mutuality with a hash sign in front');
    for (const words of ['consent that is due for review', 'copies of notes', 'rewards that are not filled in']) expect(welcome).toContain(words);
    expect(welcome).toContain('reads the folder you give it, or the folder you are in');
  });

  it('is not a tracker note, so check and the dashboard pass it by', async () => {
    // A tag in the Welcome note would make it a tracker note outside every project.
    expect(welcome).not.toMatch(/#(?:ingredient|gap|barrier)\//i);
    const { stdout } = await coprod(['check', 'vault-template']);
    expect(stdout).not.toContain('Welcome.md');
  });
});
