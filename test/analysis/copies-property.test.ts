/** Property: however a copy of a note is named, no figure changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, readVaultFiles } from '../support/memory-vault';

const AS_OF = '2026-11-22';
const PROJECT = 'Full Plates Together/Full Plates Together.md';
const demo = Object.fromEntries(
  Object.entries(readVaultFiles(DEMO_VAULT)).filter(([path]) => path.startsWith('Full Plates Together/')),
);
// A copy of the project note itself would be a second project, which check names; every other note may be copied.
const copyable = Object.keys(demo).filter((path) => path !== PROJECT).sort();

/** The names sync tools and people give copies, as functions of the original's stem. */
const COPY_NAMES: readonly ((stem: string) => string)[] = [
  (stem) => `${stem}.sync-conflict-20261101-101500-ABCDEFG`,
  (stem) => `${stem} (Alice's conflicted copy 2026-11-01)`,
  (stem) => `${stem} (conflicted copy 2026-11-01 101500)`,
  (stem) => `${stem} (Conflicted copy laptop 202611011015)`,
  (stem) => `${stem} (SFConflict alice@example.org 2026-11-01-10-15-00)`,
  (stem) => `${stem} [Conflict]`,
  (stem) => `${stem}-DESKTOP-AB12CD3`,
  (stem) => `${stem} (1)`,
  (stem) => `${stem} 2`,
  (stem) => `Copy of ${stem.split('/').pop() ?? stem}`,
];

function figures(model: DashboardModel): unknown {
  return {
    ingredients: model.ingredients.map((entry) => [entry.id, entry.level, entry.total, entry.recent, entry.voices, entry.gaps]),
    notes: model.project.notesByKind,
    rewards: [model.rewards.entries, model.rewards.hours],
    learning: model.learning.followUps,
    barriers: model.barriers.map((barrier) => barrier.notes),
  };
}

async function figuresOf(files: Record<string, string>): Promise<unknown> {
  const index = await indexOf(files);
  return figures(buildDashboard(index, index.findProject(PROJECT)!, { asOf: AS_OF }));
}

describe('copies of a note', () => {
  it('change no figure, whatever tool named them (property test)', async () => {
    const before = await figuresOf(demo);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...copyable),
        fc.integer({ min: 0, max: COPY_NAMES.length - 1 }),
        fc.constantFrom('', '\r\n', '\uFEFF', '  \n'),
        async (path, nameIndex, noise) => {
          const folder = path.slice(0, path.lastIndexOf('/') + 1);
          const stem = path.slice(folder.length, -'.md'.length);
          const copyPath = `${folder}${COPY_NAMES[nameIndex]!(stem)}.md`;
          // Line endings, a BOM and trailing spaces do not make a different note.
          const text = demo[path]!;
          const copy = noise === '\r\n' ? text.replace(/\n/g, '\r\n') : noise === '\uFEFF' ? `\uFEFF${text}` : `${text}${noise}`;
          expect(await figuresOf({ ...demo, [copyPath]: copy })).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
