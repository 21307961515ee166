import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectApproved } from '../support/approval';
import { coprod, DEMO_VAULT } from '../support/cli';

describe('coprod dashboard on the demo vault', () => {
  it('prints the approved terminal summary for every project', async () => {
    const result = await coprod(['dashboard', DEMO_VAULT, '--as-of', '2026-11-22']);
    expect(result.code).toBe(0);
    expectApproved('dashboard-demo.txt', result.stdout);
  });

  it('writes the approved JSON model for one project', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'coprod-json-')), 'dashboard.json');
    const result = await coprod(['dashboard', DEMO_VAULT, '--project', 'Full Plates Together', '--as-of', '2026-11-22', '--json', out]);
    expect(result.code).toBe(0);
    const json = readFileSync(out, 'utf8');
    expectApproved('dashboard-demo.json', json);
    const model = JSON.parse(json) as { schemaVersion: number; ingredients: { id: string; levelName: string }[] };
    expect(model.schemaVersion).toBe(1);
    expect(model.ingredients.map((score) => score.id)).toEqual(['assets', 'shared-roles', 'capacity', 'mutuality', 'networks', 'catalysts']);
  });

  it('shows the demo project with catalysts as its weakest ingredient', async () => {
    const result = await coprod(['dashboard', DEMO_VAULT, '--project', 'Full Plates Together', '--as-of', '2026-11-22', '--json', '-']);
    const model = JSON.parse(result.stdout.slice(result.stdout.indexOf('{\n'))) as { ingredients: { id: string; level: number }[] };
    const weakest = [...model.ingredients].sort((a, b) => a.level - b.level)[0];
    expect(weakest?.id).toBe('catalysts');
  });

  it('refuses an unknown project and a wrong date with exit 2', async () => {
    const unknown = await coprod(['dashboard', DEMO_VAULT, '--project', 'Nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/there is no project called "Nope" in .*vault-template\. Projects here: "Full Plates Together", "Tea and Talk"\./);
    const badDate = await coprod(['dashboard', DEMO_VAULT, '--as-of', '2026-02-31']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of should be a date');
  });
});
