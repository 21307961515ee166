/** Builds a project index from notes held in memory, as the hosts do from a real vault. */
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
