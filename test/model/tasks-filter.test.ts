/**
 * The template checklists are evidence, not tasks. Every checkbox line carries an
 * `#ingredient/` or `#barrier/` tag, so the one-line Tasks global query in the docs leaves
 * them all out of the Tasks plugin's lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATES } from '../../src/model/bundled-templates';

const REPO = path.resolve(__dirname, '../..');
const QUERY = '(description does not include #ingredient/) AND (description does not include #barrier/)';

/** What the query keeps: a checkbox line whose text has neither tag. */
const keptByQuery = (line: string) => !line.includes('#ingredient/') && !line.includes('#barrier/');

describe('the Tasks global query', () => {
  const checkboxes = Object.values(BUNDLED_TEMPLATES).flatMap((text) => text.split('\n').filter((line) => /^\s*[-*+] \[.\]/.test(line)));

  it('leaves out every checklist line of the templates', () => {
    expect(checkboxes.length).toBeGreaterThan(40);
    expect(checkboxes.filter(keptByQuery)).toEqual([]);
  });

  it('keeps a person’s own tasks', () => {
    expect(keptByQuery('- [ ] Book the room for Tuesday #task')).toBe(true);
  });

  it('is written, word for word, in the README and docs/templates.md', () => {
    expect(readFileSync(path.join(REPO, 'README.md'), 'utf8')).toContain(QUERY);
    expect(readFileSync(path.join(REPO, 'docs/templates.md'), 'utf8')).toContain(QUERY);
  });
});
