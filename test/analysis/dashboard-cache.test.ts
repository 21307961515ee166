/**
 * The dashboard keeps per-note work with each record and follows the index's changes (issue 11).
 * None of that may change a figure: after every change, the model must equal the one built from
 * a fresh index of the same files.
 */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { ProjectIndex } from '../../src/index';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, readVaultFiles } from '../support/memory-vault';

const AS_OF = '2026-11-22';
const FULL = 'Full Plates Together/Full Plates Together.md';
const TEA = 'Tea and Talk/Tea and Talk.md';

function modelJson(index: ProjectIndex, projectPath: string, asOf = AS_OF): string {
  return JSON.stringify(buildDashboard(index, index.findProject(projectPath)!, { asOf }));
}

describe('dashboard after changes', () => {
  it('equals the dashboard of a fresh index after each kind of change', async () => {
    const files = readVaultFiles(DEMO_VAULT);
    const index = await indexOf(files);
    // Worked out once first, so the caches hold the old records when the changes come.
    modelJson(index, FULL);
    modelJson(index, TEA);
    const reflection = 'Full Plates Together/Reflections/2026-03-12 The kick-off ran over.md';
    const steps: [string, () => void][] = [
      ['a tag added to a note of the shown project', () => {
        files[reflection] = `${files[reflection]!}\nWe asked the food lead to champion this. #ingredient/catalysts #barrier/financial\n`;
        index.update(reflection, files[reflection]);
      }],
      ['a participant withdrew (their words are withheld, their voice no longer counts)', () => {
        const ash = 'Full Plates Together/Participants/Ash.md';
        files[ash] = files[ash]!.replace('role: lived-experience', 'role: lived-experience\nstatus: withdrawn\nwithdrawn-date: 2026-11-01');
        index.update(ash, files[ash]);
      }],
      ['a participant changed role', () => {
        const jude = 'Full Plates Together/Participants/Jude.md';
        files[jude] = files[jude]!.replace('role: lived-experience', 'role: family-carer');
        index.update(jude, files[jude]);
      }],
      ['an activity changed (voices, phases, barriers)', () => {
        const activity = 'Full Plates Together/Activities/2026-11-12 Planning the handover.md';
        files[activity] = files[activity]!.replace('rung: co-designing', 'rung: consulting').replace('barriers: [availability]', 'barriers: [availability, language]');
        index.update(activity, files[activity]);
      }],
      ['a reward changed', () => {
        const reward = 'Full Plates Together/Rewards/2026-03-10 Robin expenses.md';
        files[reward] = files[reward]!.replace('hours: 3', 'hours: 5');
        index.update(reward, files[reward]);
      }],
      ['a self-assessment changed', () => {
        const sheet = 'Full Plates Together/Assessments/2026-06-30 Rowan.md';
        files[sheet] = files[sheet]!.replace('catalysts: 1', 'catalysts: 6');
        index.update(sheet, files[sheet]);
      }],
      ['a note of another project changed', () => {
        const tea = 'Tea and Talk/Reflections/2026-10-09 Nobody came to the poster.md';
        files[tea] = `${files[tea]!}\nPeople said what they are good at. #ingredient/assets\n`;
        index.update(tea, files[tea]);
      }],
      ['a note with no project appeared', () => {
        files['Loose reflection.md'] = '---\ncoproduction: reflection\ndate: 2026-11-01\nproject: "[[Nowhere]]"\n---\nA note. #ingredient/assets\n';
        index.update('Loose reflection.md', files['Loose reflection.md']);
      }],
      ['that note moved into a project folder', () => {
        const moved = 'Tea and Talk/Reflections/Loose reflection.md';
        files[moved] = files['Loose reflection.md']!.replace('project: "[[Nowhere]]"\n', '');
        delete files['Loose reflection.md'];
        index.rename('Loose reflection.md', moved, files[moved]);
      }],
      ['a note was removed', () => {
        delete files[reflection];
        index.remove(reflection);
      }],
    ];
    for (const [what, change] of steps) {
      change();
      const fresh = await indexOf(files);
      for (const project of [FULL, TEA]) expect(modelJson(index, project), `${what}: ${project}`).toBe(modelJson(fresh, project));
    }
    // A later day changes what is recent, and other settings what is recent and overdue.
    const fresh = await indexOf(files);
    expect(modelJson(index, FULL, '2027-02-01')).toBe(modelJson(fresh, FULL, '2027-02-01'));
    const settings = { recentDays: 30, feedbackWarningDays: 5 };
    const json = (of: ProjectIndex) => JSON.stringify(buildDashboard(of, of.findProject(FULL)!, { asOf: AS_OF, settings }));
    expect(json(index)).toBe(json(fresh));
    expect(modelJson(index, FULL)).toBe(modelJson(fresh, FULL));
  });

  it('works out the words of a piece of evidence only when they are read', async () => {
    const index = await indexOf(readVaultFiles(DEMO_VAULT));
    const model = buildDashboard(index, index.findProject(FULL)!, { asOf: AS_OF });
    const listed = model.ingredients.flatMap((score) => score.evidence).find((item) => item.source === 'property');
    expect(listed).toBeDefined();
    const descriptor = Object.getOwnPropertyDescriptor(listed, 'text');
    expect(typeof descriptor?.get).toBe('function');
    // Read twice, the same words; and they are part of the JSON.
    expect(listed!.text).toBe(listed!.text);
    expect(JSON.parse(JSON.stringify(listed)) as unknown).toMatchObject({ text: listed!.text, line: listed!.line });
  });
});
