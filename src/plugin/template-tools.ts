/**
 * What the plugin lends to fill in templates: the `moment` Obsidian exports (so formats are
 * exactly core Templates' and nothing is added to main.js) and Obsidian's YAML reader.
 * A planned note is created with its text, then its properties are written by
 * `processFrontMatter`, never by hand.
 */
import { moment, normalizePath } from 'obsidian';
import type { NoteWriter } from '../index';
import type { PlannedFile, TemplateTools } from '../model/new-project';
import { obsidianYamlReader } from './index-source';

/**
 * Obsidian's `moment` is the moment function itself; its type is declared as a namespace
 * import, which TypeScript will not call, so it is given its callable type here.
 */
const callMoment = moment as unknown as (input: Date) => { format(pattern: string): string };

export const templateTools: TemplateTools = {
  formatDate: (date, pattern) => callMoment(date).format(pattern),
  readYaml: obsidianYamlReader,
};

/** Creates a planned note (never over an existing file) and writes its properties through Obsidian. */
export async function createPlanned(writer: NoteWriter, file: PlannedFile): Promise<string> {
  const path = normalizePath(file.path);
  await writer.createNote(path, file.text);
  const { properties } = file;
  if (properties !== undefined && Object.keys(properties).length > 0) {
    await writer.processProperties(path, (current) => {
      for (const [key, value] of Object.entries(properties)) current[key] = value;
    });
  }
  return path;
}
