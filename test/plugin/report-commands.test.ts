/**
 * The end-of-project commands against a whole in-memory Obsidian (obsidian-test-mocks): the
 * easy-read reflection and the rewards CSV are written as new files, never over one that exists.
 */
import path from 'node:path';
import type { App as AppOriginal, Command, TFile } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it } from 'vitest';
import { ProjectIndex } from '../../src/index';
import { generateReport, REFLECTION_COMMANDS, registerReflectionFeatures, type ReflectionFeaturesHost } from '../../src/plugin/commands/reflection';
import { exportRewardsCsv, REWARDS_COMMAND } from '../../src/plugin/commands/rewards';
import { DEFAULT_SETTINGS } from '../../src/plugin/host';
import { obsidianYamlReader, vaultSource } from '../../src/plugin/index-source';
import { vaultWriter } from '../../src/plugin/vault-writer';
import { readVaultFiles } from '../support/memory-vault';

const DEMO_VAULT = path.resolve(__dirname, '../../vault-template');
const PROJECT = 'Full Plates Together';
const TODAY = '2026-11-30';

async function hostFor(): Promise<ReflectionFeaturesHost & { commands: Map<string, Command> }> {
  const mock = App.createConfigured__({ files: readVaultFiles(DEMO_VAULT) });
  const app: AppOriginal = mock.asOriginalType__();
  const index = new ProjectIndex({ readYaml: obsidianYamlReader, ignoredFolders: ['Templates'] });
  await index.build(vaultSource(app));
  const commands = new Map<string, Command>();
  const host = {
    app,
    settings: { ...DEFAULT_SETTINGS },
    index,
    writer: vaultWriter(app, (notePath) => index.get(notePath)),
    today: () => TODAY,
    now: () => new Date(2026, 10, 30, 16, 45),
    addCommand: (command: Command) => {
      commands.set(command.id, command);
      return command;
    },
    registerView: () => undefined,
    addRibbonIcon: () => createDiv(),
    openNote: () => Promise.resolve(),
    commands,
  } as unknown as ReflectionFeaturesHost & { commands: Map<string, Command> };
  registerReflectionFeatures(host);
  return host;
}

async function read(host: ReflectionFeaturesHost, filePath: string): Promise<string> {
  return host.app.vault.read(host.app.vault.getAbstractFileByPath(filePath) as TFile);
}

describe('end-of-project commands in Obsidian', () => {
  it('registers the easy-read choice and the rewards export', async () => {
    const host = await hostFor();
    expect(host.commands.get(REFLECTION_COMMANDS.easyRead.id)?.name).toBe('Generate end-of-project reflection, easy read');
    expect(host.commands.get(REWARDS_COMMAND.id)?.name).toBe('Export rewards as CSV for finance');
  });

  it('writes the easy-read reflection as a note of its own', async () => {
    const host = await hostFor();
    const project = host.index.findProject(PROJECT)!;
    const written = await generateReport(host, project, { easyRead: true });
    expect(written).toBe(`${PROJECT}/Reports/End-of-project reflection, easy read ${TODAY}.md`);
    const text = await read(host, written);
    expect(text).toContain('# Full Plates Together: the easy read');
    expect(text).not.toMatch(/^\|/m);
  });

  it('writes the rewards CSV as a new file, and a second one beside it, never over it', async () => {
    const host = await hostFor();
    const project = host.index.findProject(PROJECT)!;
    const first = await exportRewardsCsv(host, project);
    expect(first).toBe(`${PROJECT}/Reports/Rewards ${TODAY}.csv`);
    const text = await read(host, first);
    expect(text.split('\r\n')[0]).toBe('date,pseudonym,role,hours,type,amount,currency,benefits advice offered');
    expect(text.split('\r\n')).toHaveLength(15);
    await host.app.vault.modify(host.app.vault.getAbstractFileByPath(first) as TFile, 'edited by finance');
    const second = await exportRewardsCsv(host, project);
    expect(second).toBe(`${PROJECT}/Reports/Rewards ${TODAY} 2.csv`);
    expect(await read(host, first)).toBe('edited by finance');
    expect(await read(host, second)).toBe(text);
  });
});
