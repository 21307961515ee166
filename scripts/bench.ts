/**
 * Speed and memory, printed as figures beside a floor measured in the same run, and their
 * ratio (never asserted in tests). Medians, not means.
 *
 *   npm run bench                      1k, 10k and 50k notes (takes a few minutes), then the editor bench
 *   node --expose-gc --import tsx scripts/bench.ts --sizes 1000,10000
 *
 * (`npm run bench -- --sizes …` would hand the sizes to the editor bench, which runs second.)
 *
 * Vaults are built from the demo vault's own lines (scripts/bench/vault.ts). The CLI is
 * measured as whole processes (CPU and peak memory of each, alternating with the read floor);
 * the plugin's path is measured in this process, with properties already parsed as Obsidian
 * hands them over.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { buildDashboard } from '../src/analysis/dashboard';
import { readYaml } from '../src/cli/yaml-reader';
import { ProjectIndex, type NoteSource } from '../src/index';
import { findFrontmatter, splitLines } from '../src/model';
import { renderHtmlPage } from '../src/render/html-page';
import { buildVault, type BenchVault } from './bench/vault';

const REPO = path.resolve(import.meta.dirname, '..');
const DEMO = path.join(REPO, 'vault-template');
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg === -1 ? [1_000, 10_000, 50_000] : process.argv[sizesArg + 1]!.split(',').map(Number);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`);
const us = (value: number) => `${value.toFixed(1)} µs`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ratio = (figure: number, floor: number) => `${(figure / floor).toFixed(1)}x`;
const row = (what: string, figure: string, floor: string, times: string, goal: string) =>
  console.log(`  ${what.padEnd(44)} ${figure.padStart(11)}  ${floor.padStart(11)}  ${times.padStart(7)}   ${goal}`);
const header = () => row('measure', 'figure', 'floor', 'ratio', 'goal');

/** CPU and peak memory of one child process, measured by the process itself (scripts/bench/cpu-hook.mjs). */
interface Usage {
  cpuMs: number;
  maxRssKb: number;
  /** Linux only: the main thread's share of `cpuMs`. */
  mainCpuMs?: number;
  /** V8's young generation at the end of the run. */
  youngKb?: number;
}

function measure(args: string[]): Usage {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'coprod-bench-run-')), 'usage.json');
  const run = spawnSync(process.execPath, ['--import', path.join(REPO, 'scripts/bench/cpu-hook.mjs'), ...args], {
    env: { ...process.env, COPROD_BENCH_OUT: out, COPROD_TODAY: '2026-11-22' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed: ${run.stderr.toString()}`);
  const usage = JSON.parse(readFileSync(out, 'utf8')) as Usage;
  rmSync(path.dirname(out), { recursive: true, force: true });
  return usage;
}

/** `coprod check` against the read floor, alternating runs; CPU medians and the median peak memory. */
function cliFigures(
  vault: BenchVault,
  runs: number,
): { check: number; floor: number; rss: number; floorRss: number; main?: number; young?: number } {
  const check: number[] = [];
  const floor: number[] = [];
  const rss: number[] = [];
  const floorRss: number[] = [];
  const main: number[] = [];
  const young: number[] = [];
  for (let i = 0; i < runs; i++) {
    const reading = measure([path.join(REPO, 'scripts/bench/read-floor.mjs'), vault.root]);
    floor.push(reading.cpuMs);
    floorRss.push(reading.maxRssKb * 1024);
    const usage = measure([path.join(REPO, 'dist/coprod.mjs'), 'check', vault.root]);
    check.push(usage.cpuMs);
    rss.push(usage.maxRssKb * 1024);
    if (usage.mainCpuMs !== undefined) main.push(usage.mainCpuMs);
    if (usage.youngKb !== undefined) young.push(usage.youngKb * 1024);
  }
  return {
    check: median(check),
    floor: median(floor),
    rss: median(rss),
    floorRss: median(floorRss),
    main: main.length === runs ? median(main) : undefined,
    young: young.length === runs ? median(young) : undefined,
  };
}

/** Where check's CPU went, when the system tells (see scripts/bench/cpu-hook.mjs). */
function cpuBreakdown(cli: ReturnType<typeof cliFigures>): void {
  if (cli.main === undefined) return;
  console.log(`    main thread ${ms(cli.main)}; V8's helper threads (compiling, collecting) ${ms(Math.max(0, cli.check - cli.main))}`);
}

/** Where check's peak memory went, and for scale the read floor's own: Node and the reads, keeping nothing. */
function memoryBreakdown(cli: ReturnType<typeof cliFigures>, vaultBytes: number): void {
  if (cli.young !== undefined) console.log(`    of which V8's young generation at the end: ${mib(cli.young)}`);
  console.log(`    the read floor's own peak: ${mib(cli.floorRss)} (${ratio(cli.floorRss, vaultBytes)} the vault)`);
}

/** Every note's text and properties, as Obsidian has them in memory before the plugin starts. */
function inMemory(vault: BenchVault): { texts: Map<string, string>; properties: Map<string, Record<string, unknown>> } {
  const texts = new Map<string, string>();
  const properties = new Map<string, Record<string, unknown>>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(vault.root, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.md')) {
        const text = readFileSync(path.join(vault.root, child), 'utf8');
        texts.set(child, text);
        const block = findFrontmatter(splitLines(text));
        const data: unknown = block ? parseYaml(block.yaml) : undefined;
        if (data && typeof data === 'object') properties.set(child, data as Record<string, unknown>);
      }
    }
  };
  walk('');
  return { texts, properties };
}

function pluginSource(memory: ReturnType<typeof inMemory>): NoteSource {
  return {
    listNotes: () => Promise.resolve([...memory.texts.keys()]),
    readNote: (notePath) => Promise.resolve(memory.texts.get(notePath) ?? ''),
    cachedFrontmatter: (notePath) => memory.properties.get(notePath),
  };
}

/** The least any reader of every note does: split it into lines and look for a tag. */
function extractionFloor(texts: Map<string, string>): number {
  let found = 0;
  const start = performance.now();
  for (const text of texts.values()) {
    for (const line of text.split('\n')) if (line.includes('#ingredient/')) found++;
  }
  if (found < 0) throw new Error('unreachable');
  return performance.now() - start;
}

/**
 * The heap a plugin index keeps once it has read every note, text it holds on to included:
 * each note is handed over as a new string, as each read from Obsidian is. Needs --expose-gc.
 */
async function keptByIndex(memory: ReturnType<typeof inMemory>): Promise<number | undefined> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return undefined;
  const fresh: NoteSource = {
    ...pluginSource(memory),
    readNote: (notePath) => Promise.resolve(Buffer.from(memory.texts.get(notePath) ?? '', 'utf8').toString('utf8')),
  };
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = new ProjectIndex({ readYaml, ignoredFolders: ['Templates'] });
  await index.build(fresh);
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  // Read after measuring, so the index is still alive when the heap is measured.
  return index.size > 0 ? kept : undefined;
}

async function pluginFigures(vault: BenchVault): Promise<void> {
  const memory = inMemory(vault);
  const notes = memory.texts.size;
  const source = pluginSource(memory);
  const builds: number[] = [];
  const floors: number[] = [];
  let index = new ProjectIndex({ readYaml, ignoredFolders: ['Templates'] });
  for (let i = 0; i < 5; i++) {
    floors.push(extractionFloor(memory.texts));
    index = new ProjectIndex({ readYaml, ignoredFolders: ['Templates'] });
    const start = performance.now();
    await index.build(source);
    builds.push(performance.now() - start);
  }
  const perNote = (median(builds) * 1000) / notes;
  const floorPerNote = (median(floors) * 1000) / notes;
  row('plugin build, per note (properties parsed)', us(perNote), us(floorPerNote), ratio(perNote, floorPerNote), '≤ 25 µs');
  const kept = await keptByIndex(memory);
  if (kept !== undefined) row('plugin index, memory kept once read', mib(kept), mib(vault.bytes), ratio(kept, vault.bytes), '(no goal)');

  // The first reading in slices, as the plugin runs it: the longest the interface waits, from
  // the moment the reading takes the thread back to the moment it gives way again.
  let longest = 0;
  let last = performance.now();
  await new ProjectIndex({ readYaml, ignoredFolders: ['Templates'] }).build(source, {
    sliceMs: 40,
    giveWay: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    },
    onProgress: () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    },
  });
  row('first reading, longest hold of the interface', ms(longest), '', '', '≤ 50 ms');

  // One-note updates: an ordinary note and a tracker note, each edited in turn.
  const ordinaryPath = [...memory.texts.keys()].find((p) => p.includes('/plain ') && !p.startsWith('Project'))!;
  const trackerPath = [...memory.texts.keys()].find((p) => p.includes('/Reflections/'))!;
  const timeUpdates = (notePath: string): number => {
    const text = memory.texts.get(notePath)!;
    const samples: number[] = [];
    for (let i = 0; i < 400; i++) {
      const edited = `${text}\nEdit ${i}.`;
      const start = performance.now();
      index.update(notePath, edited, memory.properties.get(notePath));
      samples.push((performance.now() - start) * 1000);
    }
    return median(samples.slice(50));
  };
  row('one-note update, ordinary note (median)', us(timeUpdates(ordinaryPath)), '', '', '≤ 30 µs');
  row('one-note update, tracker note (median)', us(timeUpdates(trackerPath)), '', '', '≤ 80 µs');

  // The dashboard after one note of the shown project (and of another project) changed.
  const projectPath = `${vault.projects[0]}/${vault.projects[0]}.md`;
  const project = index.findProject(projectPath)!;
  const asOf = '2026-11-22';
  const projectNotes = index.notesOf(projectPath).length;
  buildDashboard(index, project, { asOf });
  // Editing goes on for a while in a session, so the figure is the median of 7 changes after 10
  // unmeasured ones (code warmed up, as it is after a few minutes in Obsidian); the first change
  // after opening, on code not yet optimised, is printed too.
  const changes: number[] = [];
  const afterChange = (changed: string, warmUp: number): number => {
    const samples: number[] = [];
    for (let i = 0; i < warmUp + 7; i++) {
      index.update(changed, `${memory.texts.get(changed)!}\nChange ${i}.`, memory.properties.get(changed));
      const start = performance.now();
      buildDashboard(index, project, { asOf });
      const took = performance.now() - start;
      changes.push(took);
      if (i >= warmUp) samples.push(took);
    }
    return median(samples);
  };
  const own = [...memory.texts.keys()].find((p) => p.startsWith(`${vault.projects[0]}/Reflections/`))!;
  const warm = afterChange(own, 10);
  row(`dashboard after one change (${projectNotes}-note project)`, ms(warm), '', '', '≤ 15 ms');
  row('  the first change after opening (cold code)', ms(changes[0]!), '', '', '');
  if (vault.projects.length > 1) {
    const other = [...memory.texts.keys()].find((p) => p.startsWith(`${vault.projects[1]}/Reflections/`))!;
    row('dashboard after a change in another project', ms(afterChange(other, 10)), '', '', '≤ 15 ms');
  }

  // The HTML export of that project, against the size of its notes.
  const model = buildDashboard(index, project, { asOf });
  const css = readFileSync(path.join(REPO, 'styles.css'), 'utf8');
  const start = performance.now();
  const html = renderHtmlPage([model], css);
  const exportMs = performance.now() - start;
  let notesBytes = 0;
  for (const record of index.notesOf(projectPath)) notesBytes += Buffer.byteLength(memory.texts.get(record.path) ?? '');
  row(`HTML export, ${projectNotes}-note project (size)`, mib(Buffer.byteLength(html)), mib(notesBytes), ratio(Buffer.byteLength(html), notesBytes), '≤ 1 MiB');
  row('HTML export, time', ms(exportMs), '', '', '');
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [path.join(REPO, 'esbuild.config.mjs')], { cwd: REPO, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('The build failed; run npm run build to see why.');
  console.log(`Co-production Tracker benchmark · Node ${process.version} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ''}`);
  const top = mkdtempSync(path.join(tmpdir(), 'coprod-bench-'));
  const memoryRows: { notes: number; bytes: number; rss: number }[] = [];
  try {
    for (const size of SIZES) {
      const vault = buildVault(path.join(top, `v${size}`), DEMO, size, 0.1);
      console.log(`\n${size.toLocaleString('en-GB')} notes (10% ordinary), ${mib(vault.bytes)}, ${vault.projects.length} projects`);
      header();
      const runs = size >= 50_000 ? 3 : 7;
      const cli = cliFigures(vault, runs);
      row(`coprod check, CPU (median of ${runs})`, ms(cli.check), ms(cli.floor), ratio(cli.check, cli.floor), '≤ 5x the read floor');
      cpuBreakdown(cli);
      row('coprod check, peak memory', mib(cli.rss), mib(vault.bytes), ratio(cli.rss, vault.bytes), '≤ 3x the vault');
      memoryBreakdown(cli, vault.bytes);
      memoryRows.push({ notes: vault.notes, bytes: vault.bytes, rss: cli.rss });
      if (size === 10_000) {
        const ordinary = buildVault(path.join(top, `o${size}`), DEMO, size, 0.9);
        const mostly = cliFigures(ordinary, runs);
        row('coprod check, 90% ordinary notes, CPU', ms(mostly.check), ms(mostly.floor), ratio(mostly.check, mostly.floor), '≤ 2x the read floor');
        cpuBreakdown(mostly);
        rmSync(ordinary.root, { recursive: true, force: true });
      }
      if (size <= 10_000) await pluginFigures(vault);
      rmSync(vault.root, { recursive: true, force: true });
    }
    if (memoryRows.length > 1) {
      console.log('\nPeak memory per note (linear when these stay close)');
      for (const { notes, bytes, rss } of memoryRows) {
        console.log(`  ${notes.toLocaleString('en-GB').padStart(7)} notes: ${(rss / notes / 1024).toFixed(1)} KiB a note, ${(rss / bytes).toFixed(2)}x the vault's bytes`);
      }
    }
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
}

await main();
