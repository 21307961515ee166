/** Builds a project index from notes held in memory, as the hosts do from a real vault. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ProjectIndex, type NoteSource } from '../../src/index';
import { readYaml } from '../../src/cli/yaml-reader';

export function memorySource(files: Record<string, string>): NoteSource {
  return {
    listNotes: () => Promise.resolve(Object.keys(files)),
    readNote: (path) => {
      const text = files[path];
      return text === undefined ? Promise.reject(new Error(`no note at ${path}`)) : Promise.resolve(text);
    },
  };
}

export async function indexOf(files: Record<string, string>): Promise<ProjectIndex> {
  const index = new ProjectIndex({ readYaml, ignoredFolders: ['Templates'] });
  await index.build(memorySource(files));
  return index;
}

/** A note with the given properties (written as simple YAML) and body. */
export function note(properties: Record<string, string | number | string[]>, body = ''): string {
  const yaml = Object.entries(properties)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

/** Every markdown file of a folder on disk, by vault path; hidden folders such as .obsidian skipped. */
export function readVaultFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.md')) files[child] = readFileSync(path.join(root, child), 'utf8');
    }
  };
  walk('');
  return files;
}
