/**
 * The reflection log's ingredients: a tag in the text, a ticked checklist line and the
 * `ingredients:` property are three equal ways to record one (docs/note-format.md), so the
 * log shows and filters by all three. A gap is shown as falling short, never as the ingredient.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReflections } from '../../src/analysis/reflections';
import { openVault } from '../../src/cli/vault';
import type { ProjectIndex, ProjectRecord } from '../../src/index';
import { removeFolder, tempVault } from '../support/temp-vault';

function reflection(date: string, title: string, properties: string[], body: string[]): string {
  return ['---', 'coproduction: reflection', 'project: "[[Proj]]"', `date: ${date}`, 'author: Sam', ...properties, '---', `# ${title}`, '', ...body, ''].join('\n');
}

const FILES: Record<string, string> = {
  'Proj/Proj.md': ['---', 'coproduction: project', 'name: Proj', 'start: 2026-04-01', '---', '# Proj', ''].join('\n'),
  'Proj/Reflections/2026-10-01 Listed.md': reflection('2026-10-01', 'Listed', ['ingredients: [networks]'], ['We met the library team.']),
  'Proj/Reflections/2026-10-02 Tagged.md': reflection('2026-10-02', 'Tagged', [], ['Both sides gave and got something. #ingredient/mutuality']),
  'Proj/Reflections/2026-10-03 Ticked.md': reflection('2026-10-03', 'Ticked', [], ['- [x] People led parts of the session. #ingredient/shared-roles']),
  'Proj/Reflections/2026-10-04 Fell short.md': reflection('2026-10-04', 'Fell short', [], ['Staff chose the menu alone. #gap/shared-roles']),
};

describe('reflection log ingredients', () => {
  let vault: string;
  let index: ProjectIndex;
  let project: ProjectRecord;

  beforeAll(async () => {
    vault = tempVault(FILES);
    ({ index } = await openVault(vault));
    project = index.projects()[0]!;
  });

  afterAll(() => removeFolder(vault));

  it('shows an ingredient however it was recorded', () => {
    const byTitle = new Map(listReflections(index, project).map((entry) => [entry.path.replace(/^.*\d /, '').replace(/\.md$/, ''), entry]));
    expect(byTitle.get('Listed')?.ingredients).toEqual(['networks']);
    expect(byTitle.get('Tagged')?.ingredients).toEqual(['mutuality']);
    expect(byTitle.get('Ticked')?.ingredients).toEqual(['shared-roles']);
    expect(byTitle.get('Fell short')?.ingredients).toEqual([]);
    expect(byTitle.get('Fell short')?.gaps).toEqual(['shared-roles']);
  });

  it('filters by an ingredient however it was recorded, and not by a gap', () => {
    expect(listReflections(index, project, { ingredient: 'mutuality' }).map((entry) => entry.path)).toEqual(['Proj/Reflections/2026-10-02 Tagged.md']);
    expect(listReflections(index, project, { ingredient: 'shared-roles' }).map((entry) => entry.path)).toEqual(['Proj/Reflections/2026-10-03 Ticked.md']);
  });
});
