/** Every shipped template, once filled in, is a note the tracker reads without a single problem. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/cli/yaml-reader';
import { PHASE_IDS } from '../../src/domain';
import { parseNote } from '../../src/model';
import { BUNDLED_TEMPLATES, TEMPLATE_FILE_NAMES } from '../../src/model/bundled-templates';
import type { TemplateId } from '../../src/model/new-project';
import { renderTemplate } from '../../src/model/template';

const FOLDER = path.resolve(__dirname, '../../vault-template/Templates');
const now = new Date(2026, 3, 14, 9, 5, 7);

const samples = [
  { title: 'Tasting day', project: 'Full Plates Together', phase: 'engagement', author: 'Sam' },
  { title: 'Review: "what\'s next" #2 \\ [draft]', project: "Sam's: project", phase: '', author: 'O\'Neil: "Jo"' },
];

function expectedKind(id: TemplateId): string {
  return (PHASE_IDS as readonly string[]).includes(id) ? 'phase' : id;
}

describe('the templates', () => {
  const files = readdirSync(FOLDER).filter((name) => name.endsWith('.md'));

  it('are one per note kind and one per phase', () => {
    expect(files.sort()).toEqual(Object.values(TEMPLATE_FILE_NAMES).sort());
  });

  for (const [id, fileName] of Object.entries(TEMPLATE_FILE_NAMES) as [TemplateId, string][]) {
    it(`${fileName} gives a ${expectedKind(id)} note with no problems`, () => {
      const text = readFileSync(path.join(FOLDER, fileName), 'utf8');
      for (const template of [text, BUNDLED_TEMPLATES[id]]) {
        for (const sample of samples) {
          const rendered = renderTemplate(template, { ...sample, now });
          const record = parseNote({ path: `Project/${fileName}`, text: rendered, readYaml });
          expect(record.problems, `${fileName} with ${JSON.stringify(sample)}`).toEqual([]);
          expect(record.kind).toBe(expectedKind(id));
          expect(rendered).not.toMatch(/\{\{(title|date|time|project|phase|author)\b/);
        }
      }
    });
  }
});
