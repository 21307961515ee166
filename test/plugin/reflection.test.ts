/**
 * The reflection features against a whole in-memory Obsidian (obsidian-test-mocks): a
 * reflection captured through the form appears in the reflection log and in the dashboard's
 * learning figures; "Mark as applied" writes only on its own action and never to a note the
 * tracker could not read; the end-of-project reflection is written as a new note and opened.
 */
import path from 'node:path';
import type { App as AppOriginal, Command, TFile, ViewCreator, WorkspaceLeaf as LeafOriginal } from 'obsidian';
import { App, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import { ProjectIndex } from '../../src/index';
import { REFLECTION_COMMANDS, registerReflectionFeatures, type ReflectionFeaturesHost } from '../../src/plugin/commands/reflection';
import { DEFAULT_SETTINGS, setAuthor } from '../../src/plugin/host';
import { obsidianYamlReader, vaultSource } from '../../src/plugin/index-source';
import { ReflectionModal } from '../../src/plugin/modals/reflection-modal';
import { AppliedModal, REFLECTION_LOG_VIEW_TYPE, ReflectionLogView } from '../../src/plugin/reflection-log-view';
import { vaultWriter } from '../../src/plugin/vault-writer';
import { readVaultFiles } from '../support/memory-vault';

const DEMO_VAULT = path.resolve(__dirname, '../../vault-template');
const PROJECT = 'Full Plates Together';
const PROJECT_PATH = `${PROJECT}/${PROJECT}.md`;
const TODAY = '2026-11-30';
const BROKEN = `${PROJECT}/Reflections/2026-11-20 Half written.md`;

function demoFiles(): Record<string, string> {
  const files = readVaultFiles(DEMO_VAULT);
  // Stands in for a reflection whose properties break later (see hostFor).
  files[BROKEN] = '---\ncoproduction: reflection\ndate: 2026-11-20\n---\n# Half written\n';
  return files;
}

interface TestHost extends ReflectionFeaturesHost {
  commands: Map<string, Command>;
  views: Map<string, ViewCreator>;
  ribbon: { icon: string; title: string; run: () => void }[];
  opened: string[];
  /** Reads one note again, as the plugin does on the vault's create and modify events. */
  reread(path: string): Promise<void>;
}

async function hostFor(files: Record<string, string>): Promise<TestHost> {
  const mock = App.createConfigured__({ files });
  // Obsidian keeps no properties for a note whose YAML it cannot read. The mock's cache would
  // throw on broken YAML, so the text is swapped underneath it and its cache emptied.
  await mock.vault.adapter.write(BROKEN, '---\ncoproduction: reflection\ndate: 2026-11-20\nfollow-up: "never closed\n---\n# Half written\n');
  mock.metadataCache.setCache__(BROKEN, {});
  const app: AppOriginal = mock.asOriginalType__();
  const source = vaultSource(app);
  const index = new ProjectIndex({ readYaml: obsidianYamlReader, ignoredFolders: ['Templates'] });
  await index.build(source);
  const host: TestHost = {
    app,
    settings: { ...DEFAULT_SETTINGS },
    index,
    writer: vaultWriter(app, (notePath) => index.get(notePath)),
    today: () => TODAY,
    now: () => new Date(2026, 10, 30, 16, 45),
    addCommand: (command) => {
      host.commands.set(command.id, command);
      return command;
    },
    registerView: (type, creator) => {
      host.views.set(type, creator);
    },
    addRibbonIcon: (icon, title, run) => {
      host.ribbon.push({ icon, title, run: () => run(new MouseEvent('click')) });
      return createDiv();
    },
    openNote: (notePath) => {
      host.opened.push(notePath);
      return Promise.resolve();
    },
    commands: new Map(),
    views: new Map(),
    ribbon: [],
    opened: [],
    reread: (notePath) => index.refresh(source, notePath),
  };
  registerReflectionFeatures(host);
  return host;
}

async function read(host: TestHost, notePath: string): Promise<string> {
  return host.app.vault.read(host.app.vault.getAbstractFileByPath(notePath) as TFile);
}

async function snapshot(host: TestHost): Promise<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const file of host.app.vault.getMarkdownFiles()) all[file.path] = await host.app.vault.read(file);
  return all;
}

/** Catches the modals of a class as they open, instead of letting the mock close them at once. */
function catchModals<T extends { onOpen(): void; open(): void }>(modalClass: { prototype: T }): T[] {
  const caught: T[] = [];
  vi.spyOn(modalClass.prototype as { open(): void }, 'open').mockImplementation(function (this: T) {
    caught.push(this);
    this.onOpen();
  });
  return caught;
}

function inProject(host: TestHost): void {
  const file = host.app.vault.getAbstractFileByPath(PROJECT_PATH) as TFile;
  vi.spyOn(host.app.workspace, 'getActiveFile').mockReturnValue(file);
}

function run(host: TestHost, id: string): void {
  const command = host.commands.get(id)!;
  expect(command.checkCallback!(true)).toBe(true);
  command.checkCallback!(false);
}

async function openLog(host: TestHost): Promise<ReflectionLogView> {
  const leaf = WorkspaceLeaf.create2__(App.fromOriginalType__(host.app)).asOriginalType3__() as LeafOriginal;
  const view = host.views.get(REFLECTION_LOG_VIEW_TYPE)!(leaf) as ReflectionLogView;
  await (view as unknown as { onOpen(): Promise<void> }).onOpen();
  return view;
}

function titlesIn(view: ReflectionLogView): string[] {
  return [...view.contentEl.querySelectorAll('.coproduction-reflection h3')].map((heading) => heading.textContent ?? '');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reflection features in Obsidian', () => {
  it('registers the five commands, the ribbon action and the log view', async () => {
    const host = await hostFor(demoFiles());
    expect([...host.commands.values()].map((command) => command.name)).toEqual([
      'Capture a reflection',
      'Open reflection log',
      'Generate end-of-project reflection',
      'Generate end-of-project reflection, easy read',
      'Export rewards as CSV for finance',
    ]);
    expect(host.ribbon.map((action) => action.title)).toEqual(['Capture a reflection']);
    expect([...host.views.keys()]).toEqual([REFLECTION_LOG_VIEW_TYPE]);
  });

  it('saves a reflection from the form as one new note, which shows in the log and the dashboard', async () => {
    const host = await hostFor(demoFiles());
    setAuthor(host.app, 'Sam');
    inProject(host);
    const project = host.index.findProject(PROJECT)!;
    const before = buildDashboard(host.index, project, { asOf: TODAY });
    const vaultBefore = await snapshot(host);
    const modals = catchModals(ReflectionModal);

    host.ribbon[0]!.run();
    const modal = modals[0]!;
    const { controls } = modal;
    // The form: one prompt, labelled fields, the project's phase and this device's author filled in.
    expect(modal.contentEl.querySelector('.coproduction-prompt')?.textContent).toMatch(/^Something to think about \(Catalysts\): /);
    for (const control of modal.contentEl.querySelectorAll('textarea, select, input')) {
      expect(modal.contentEl.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    expect(controls.phase!.value).toBe('learning');
    expect(controls.author!.value).toBe('Sam');

    // Saving with nothing learned is refused, and nothing is written.
    controls.save!.click();
    await Promise.resolve();
    expect(modal.contentEl.querySelector('[role="alert"]')?.textContent).toContain('Write what we learned');
    expect(await snapshot(host)).toEqual(vaultBefore);

    controls.happened!.value = 'Kit came back to the group after three months away.';
    controls.learned!.value = 'A personal invitation works better than a summary by email.';
    controls.change!.value = 'Priya phones Kit before every meeting.';
    controls.ingredients.get('catalysts')!.checked = true;
    controls.ingredients.get('networks')!.checked = true;
    controls.involved.get('practitioner')!.checked = true;
    controls.save!.click();
    await vi.waitFor(() => expect(modal.savedPath).toBeDefined());

    const saved = modal.savedPath!;
    expect(saved).toBe(`${PROJECT}/Reflections/2026-11-30 16-45 Sam - A personal invitation works better than a summary by email.md`);
    const after = await snapshot(host);
    expect(Object.keys(after).filter((notePath) => !(notePath in vaultBefore))).toEqual([saved]);
    for (const notePath of Object.keys(vaultBefore)) expect(after[notePath]).toBe(vaultBefore[notePath]);
    expect(after[saved]).toContain('author: Sam\nphase: learning\ningredients: [networks, catalysts]\ninvolved: [practitioner]\n');
    expect(after[saved]).toContain('follow-up: "Priya phones Kit before every meeting."\nfollow-up-state: open\n');

    // The plugin reads the new note on the vault's create event.
    await host.reread(saved);

    const log = await openLog(host);
    expect(titlesIn(log)[0]).toBe('A personal invitation works better than a summary by email');
    expect(log.contentEl.querySelector('.coproduction-reflection')?.textContent).toContain('Follow-up (open): Priya phones Kit before every meeting.');
    const ingredientFilter = log.contentEl.querySelector<HTMLSelectElement>('select[id$="-ingredient"]')!;
    expect(log.contentEl.querySelector(`label[for="${ingredientFilter.id}"]`)?.textContent).toBe('Ingredient');
    ingredientFilter.value = 'catalysts';
    ingredientFilter.dispatchEvent(new Event('change'));
    expect(titlesIn(log)).toEqual(['A personal invitation works better than a summary by email', 'The council wants to see the menu']);

    const dashboard = buildDashboard(host.index, project, { asOf: TODAY });
    expect(dashboard.learning.reflections).toBe(before.learning.reflections + 1);
    expect(dashboard.learning.followUps.open).toBe(before.learning.followUps.open + 1);
    expect(dashboard.learning.items[0]).toMatchObject({ path: saved, text: 'Priya phones Kit before every meeting.', state: 'open' });
    const catalysts = dashboard.ingredients.find((score) => score.id === 'catalysts')!;
    expect(catalysts.evidence.map((item) => item.path)).toContain(saved);
    expect(catalysts.recent).toBe(before.ingredients.find((score) => score.id === 'catalysts')!.recent + 1);
  });

  it('marks a follow-up as applied only when asked, with how and when, and refuses an unreadable note', async () => {
    const host = await hostFor(demoFiles());
    inProject(host);
    const target = `${PROJECT}/Reflections/2026-11-05 Being a peer mentor.md`;
    const vaultBefore = await snapshot(host);
    const log = await openLog(host);
    // Opening and filtering the log writes nothing.
    expect(await snapshot(host)).toEqual(vaultBefore);

    const appliedModals = catchModals(AppliedModal);
    const item = [...log.contentEl.querySelectorAll('.coproduction-reflection')].find((entry) =>
      entry.textContent?.includes('Pay mentors for their monthly support meeting too.'),
    )!;
    const button = [...item.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Mark as applied')!;
    button.click();
    const modal = appliedModals[0]!;
    modal.input!.value = 'Mentors are paid for the monthly meeting from November.';
    await modal.submit();

    const text = await read(host, target);
    expect(text).toMatch(/follow-up-state: applied/);
    expect(text).toMatch(/applied-how: Mentors are paid for the monthly meeting from November\./);
    expect(text).toMatch(/applied-on: "?2026-11-30"?/);
    expect(text).toContain('## What we will change\nThe monthly mentor meeting is work too. It should be paid like the rest.');
    const after = await snapshot(host);
    for (const notePath of Object.keys(vaultBefore)) if (notePath !== target) expect(after[notePath]).toBe(vaultBefore[notePath]);

    await host.reread(target);
    log.refresh();
    const project = host.index.findProject(PROJECT)!;
    const applied = buildDashboard(host.index, project, { asOf: TODAY }).learning.items.find((entry) => entry.path === target);
    expect(applied).toMatchObject({ state: 'applied', appliedHow: 'Mentors are paid for the monthly meeting from November.', appliedOn: TODAY });

    expect(host.index.get(BROKEN)?.kind).toBe('unreadable');
    const brokenBefore = await read(host, BROKEN);
    expect(await log.markApplied(BROKEN, 'Done.')).toMatch(/could not be read/);
    expect(await read(host, BROKEN)).toBe(brokenBefore);
  });

  it('writes the end-of-project reflection as a new note each time and opens it', async () => {
    const host = await hostFor(demoFiles());
    inProject(host);
    const project = host.index.findProject(PROJECT)!;
    const scores = buildDashboard(host.index, project, { asOf: TODAY });

    run(host, REFLECTION_COMMANDS.report.id);
    await vi.waitFor(() => expect(host.opened).toHaveLength(1));
    const first = `${PROJECT}/Reports/End-of-project reflection ${TODAY}.md`;
    expect(host.opened).toEqual([first]);
    const text = await read(host, first);
    expect(text).toMatch(/^---\ncoproduction: report\nproject: "\[\[Full Plates Together\]\]"\nas-of: 2026-11-30\n---\n/);
    expect(text).not.toContain('Wheelchair user');

    await host.reread(first);
    expect(buildDashboard(host.index, project, { asOf: TODAY })).toEqual(scores);

    run(host, REFLECTION_COMMANDS.report.id);
    await vi.waitFor(() => expect(host.opened).toHaveLength(2));
    expect(host.opened[1]).toBe(`${PROJECT}/Reports/End-of-project reflection ${TODAY} 2.md`);
    expect(await read(host, host.opened[1]!)).toBe(text);
    expect(await read(host, first)).toBe(text);
  });
});
