/** A project made from the templates and not yet filled in: the dashboard must not read the template's own words as the team's. */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import { BUNDLED_TEMPLATES } from '../../src/model/bundled-templates';
import { isTemplateHint } from '../../src/model/body';
import { planNewNote, planNewProject, plannedText } from '../../src/model/new-project';
import { templateTools as tools, writeYaml } from '../../src/cli/template-tools';
import { indexOf } from '../support/memory-vault';

const NOW = new Date(2026, 10, 22, 9, 30);

async function freshProject(): Promise<Record<string, string>> {
  const plan = planNewProject({ name: 'Tea and talk', start: '2026-11-22', templates: BUNDLED_TEMPLATES, now: NOW, tools });
  if (!plan.ok) throw new Error(plan.message);
  const files: Record<string, string> = {};
  for (const file of plan.plan.files) if (file.path.endsWith('.md')) files[file.path] = plannedText(file, writeYaml);
  for (const kind of ['activity', 'reflection'] as const) {
    const note = await planNewNote({
      kind,
      project: { path: plan.plan.projectPath, phase: 'starting-out' },
      now: NOW,
      templates: BUNDLED_TEMPLATES,
      exists: (path) => path in files,
      tools,
    });
    files[note.path] = plannedText(note, writeYaml);
  }
  return files;
}

describe('a fresh project made from the templates', () => {
  it('has no evidence, no suggestions and no follow-ups until someone writes something', async () => {
    const index = await indexOf(await freshProject());
    const model = buildDashboard(index, index.projects()[0]!, { asOf: '2026-11-22' });
    expect(model.ingredients.map((score) => score.total)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(model.suggestions).toEqual([]);
    expect(model.learning.items).toEqual([]);
    expect(model.attention).toEqual([]);
  });

  it('suggests an ingredient once the team writes in a note', async () => {
    const files = await freshProject();
    const reflection = Object.keys(files).find((path) => path.includes('/Reflections/'))!;
    files[reflection] = files[reflection]!.replace('## What happened\n', '## What happened\n\nEveryone got a voucher and their bus fare back.\n');
    const index = await indexOf(files);
    const model = buildDashboard(index, index.projects()[0]!, { asOf: '2026-11-22' });
    expect(model.suggestions.map((suggestion) => [suggestion.path, suggestion.ingredient])).toContainEqual([reflection, 'mutuality']);
  });
});

describe('template hints', () => {
  it('are whole lines in italics, and nothing else', () => {
    expect(isTemplateHint('*What did you see or hear?*')).toBe(true);
    expect(isTemplateHint('  _Who will do what?_ ')).toBe(true);
    expect(isTemplateHint('We *really* liked it.')).toBe(false);
    expect(isTemplateHint('**Bold heading-like line**')).toBe(false);
    expect(isTemplateHint('* a bullet point')).toBe(false);
  });
});
