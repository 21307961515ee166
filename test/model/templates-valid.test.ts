/**
 * Every shipped template gives a note the tracker reads without a single problem: filled in
 * by the tracker, and filled in by core Templates (which knows only title, date and time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateTools, writeYaml } from '../../src/cli/template-tools';
import { readYaml } from '../../src/cli/yaml-reader';
import { PHASE_IDS } from '../../src/domain';
import { parseNote } from '../../src/model';
import { BUNDLED_TEMPLATES, TEMPLATE_FILE_NAMES } from '../../src/model/bundled-templates';
import type { TemplateId } from '../../src/model/new-project';
import { fillTemplate, noteText } from '../../src/model/template';
import { asCoreTemplates } from '../support/core-templates';

const FOLDER = path.resolve(__dirname, '../../vault-template/Templates');
const now = new Date(2026, 3, 14, 9, 5, 7);

const samples = [
  { title: 'Tasting day', project: 'Full Plates Together', phase: 'engagement', author: 'Sam' },
  { title: 'Review: "what\'s next" #2 \\ [draft] {{x}}', project: "Sam's: project", phase: '', author: 'O\'Neil: "Jo"' },
];

function expectedKind(id: TemplateId): string {
  return (PHASE_IDS as readonly string[]).includes(id) ? 'phase' : id;
}

const propertiesOf = (text: string) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';

describe('the templates', () => {
  const files = readdirSync(FOLDER).filter((name) => name.endsWith('.md'));

  it('are one per note kind and one per phase', () => {
    expect(files.sort()).toEqual(Object.values(TEMPLATE_FILE_NAMES).sort());
  });

  it('use only the variables core Templates fills in', () => {
    for (const file of files) {
      const variables = readFileSync(path.join(FOLDER, file), 'utf8').match(/\{\{[^}]*\}\}/g) ?? [];
      for (const variable of variables) expect(variable, file).toMatch(/^\{\{(title|date(:[^}]*)?|time(:[^}]*)?)\}\}$/);
    }
  });

  for (const [id, fileName] of Object.entries(TEMPLATE_FILE_NAMES) as [TemplateId, string][]) {
    it(`${fileName} gives a ${expectedKind(id)} note with no problems, filled in by the tracker`, () => {
      const text = readFileSync(path.join(FOLDER, fileName), 'utf8');
      for (const template of [text, BUNDLED_TEMPLATES[id]]) {
        for (const sample of samples) {
          const rendered = noteText(fillTemplate(template, { ...sample, now, formatDate: templateTools.formatDate }, readYaml), writeYaml);
          const record = parseNote({ path: `Project/${fileName}`, text: rendered, readYaml });
          expect(record.problems, `${fileName} with ${JSON.stringify(sample)}`).toEqual([]);
          expect(record.kind).toBe(expectedKind(id));
          expect(propertiesOf(rendered)).not.toContain('{{');
        }
      }
    });

    it(`${fileName} gives a ${expectedKind(id)} note with no problems, filled in by core Templates`, () => {
      const rendered = asCoreTemplates(BUNDLED_TEMPLATES[id], 'Tasting day', now);
      const record = parseNote({ path: `Project/${fileName}`, text: rendered, readYaml });
      expect(record.problems, fileName).toEqual([]);
      expect(record.kind).toBe(expectedKind(id));
      expect(rendered).not.toContain('{{');
    });
  }
});
