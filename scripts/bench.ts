/**
 * Speed and memory of the core, printed as figures and ratios (never asserted in tests).
 * Usage: npm run bench [-- --notes 10000]  (node --expose-gc lets it measure memory after a collection)
 * Builds a synthetic vault of N notes across 10 projects, then measures a full index build,
 * one-note updates, a dashboard build, and the heap held by the index.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDashboard } from '../src/analysis/dashboard';
import { fileSystemSource } from '../src/cli/fs-source';
import { readYaml } from '../src/cli/yaml-reader';
import { INGREDIENT_IDS } from '../src/domain';
import { ProjectIndex } from '../src/index';

const notesArg = process.argv.indexOf('--notes');
const NOTES = notesArg === -1 ? 10_000 : Number(process.argv[notesArg + 1]);
const PROJECTS = 10;

function activity(i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 11) + 1).padStart(2, '0');
  const ingredient = INGREDIENT_IDS[i % INGREDIENT_IDS.length]!;
  return [
    '---',
    i % 2 === 0 ? 'coproduction: activity' : 'coproduction: reflection',
    `date: 2026-${month}-${day}`,
    `author: Person ${i % 17}`,
    `ingredients: [${ingredient}]`,
    'lived-experience: 3',
    'practitioners: 1',
    '---',
    '## What we did',
    `We met at the community hall and talked about session ${i}. #ingredient/${INGREDIENT_IDS[(i + 1) % 6]!}`,
    '- [x] Travel costs were covered. #ingredient/mutuality #barrier/financial',
    '- [ ] Someone new chaired the meeting. #ingredient/shared-roles',
    'Lorem ipsum dolor sit amet, '.repeat(60),
    '',
  ].join('\n');
}

function makeVault(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'coprod-bench-'));
  for (let p = 0; p < PROJECTS; p++) {
    mkdirSync(path.join(root, `Project ${p}`, 'Notes'), { recursive: true });
    writeFileSync(path.join(root, `Project ${p}`, `Project ${p}.md`), `---\ncoproduction: project\nstart: 2026-01-01\nphase: engagement\n---\n`);
  }
  for (let i = 0; i < NOTES; i++) writeFileSync(path.join(root, `Project ${i % PROJECTS}`, 'Notes', `note ${i}.md`), activity(i));
  return root;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

async function main(): Promise<void> {
  const root = makeVault();
  try {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const index = new ProjectIndex({ readYaml });
    const source = fileSystemSource(root);
    const buildStart = performance.now();
    await index.build(source);
    const buildMs = performance.now() - buildStart;
    globalThis.gc?.();
    const heapIndex = process.memoryUsage().heapUsed - heapBefore;

    // The plugin hands over Obsidian's already-parsed properties; measure a build that way too.
    const parsed = new Map<string, Record<string, unknown>>();
    for (const record of index.all()) {
      if ('props' in record) parsed.set(record.path, record.props as Record<string, unknown>);
    }
    const cachedIndex = new ProjectIndex({ readYaml });
    const cachedStart = performance.now();
    await cachedIndex.build({ ...source, cachedFrontmatter: (notePath) => parsed.get(notePath) });
    const cachedBuildMs = performance.now() - cachedStart;

    const updates = 200;
    const [, updateMs] = time(() => {
      for (let i = 0; i < updates; i++) index.update(`Project ${i % PROJECTS}/Notes/note ${i}.md`, activity(i + 1));
    });
    const perUpdate = updateMs / updates;

    const project = index.projects()[0]!;
    const [, dashboardMs] = time(() => buildDashboard(index, project, { asOf: '2026-11-22' }));
    index.update(`${project.path.split('/')[0]!}/Notes/note 0.md`, activity(3));
    const [, warmDashboardMs] = time(() => buildDashboard(index, project, { asOf: '2026-11-22' }));

    const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 3 : 1)} ms`;
    console.log(`Co-production Tracker benchmark: ${NOTES} notes in ${PROJECTS} projects`);
    console.log(`  full index build (read + parse every note): ${fmt(buildMs)} (${fmt(buildMs / NOTES)} per note)`);
    console.log(`  full build with properties already parsed:  ${fmt(cachedBuildMs)} (${(buildMs / cachedBuildMs).toFixed(1)}x faster, as in Obsidian)`);
    console.log(`  one-note update (parse + re-place):          ${fmt(perUpdate)} per update, average of ${updates}`);
    console.log(`  ratio full build / one update:               ${Math.round(buildMs / perUpdate)}x`);
    console.log(`  dashboard, first time (${index.notesOf(project.path).length} notes + portfolio of ${PROJECTS}): ${fmt(dashboardMs)}`);
    console.log(`  dashboard after one note changed:            ${fmt(warmDashboardMs)} (${(dashboardMs / warmDashboardMs).toFixed(1)}x faster)`);
    console.log(`  heap held by the index:                      ${(heapIndex / 1024 / 1024).toFixed(1)} MB${globalThis.gc ? '' : ' (run through npm run bench for a steadier figure)'}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
