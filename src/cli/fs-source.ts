import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NoteSource, NoteWriter } from '../index';

/** Lists markdown notes below a folder, skipping hidden folders such as `.obsidian` and `.git`. */
async function walk(root: string, relative: string, into: string[]): Promise<void> {
  const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, child, into);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) into.push(child);
  }
}

export function fileSystemSource(root: string): NoteSource {
  return {
    async listNotes() {
      const paths: string[] = [];
      await walk(root, '', paths);
      return paths.sort();
    },
    readNote: (notePath) => fs.readFile(path.join(root, notePath), 'utf8'),
  };
}

/**
 * Writes by creating a temporary file beside the target, then linking it into place:
 * `link` fails if the target exists, so a note that appeared meanwhile is never overwritten.
 */
export function fileSystemWriter(root: string, readYaml: (text: string) => unknown, stringifyYaml: (data: unknown) => string): NoteWriter {
  const full = (notePath: string) => path.join(root, ...notePath.split('/'));
  const temporaryBeside = (target: string) => `${target}.${process.pid}.${Date.now()}.tmp`;

  async function createNote(notePath: string, text: string): Promise<void> {
    const target = full(notePath);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = temporaryBeside(target);
    await fs.writeFile(temporary, text, { flag: 'wx' });
    try {
      await fs.link(temporary, target);
    } finally {
      await fs.unlink(temporary);
    }
  }

  async function replace(notePath: string, before: string, after: string): Promise<void> {
    const target = full(notePath);
    if ((await fs.readFile(target, 'utf8')) !== before) {
      throw new Error(`${notePath} changed while it was being updated; nothing was written.`);
    }
    const temporary = temporaryBeside(target);
    await fs.writeFile(temporary, after, { flag: 'wx' });
    await fs.rename(temporary, target);
  }

  return {
    createNote,
    async exists(notePath) {
      try {
        await fs.stat(full(notePath));
        return true;
      } catch {
        return false;
      }
    },
    async processNote(notePath, change) {
      const before = await fs.readFile(full(notePath), 'utf8');
      const after = change(before);
      if (after !== before) await replace(notePath, before, after);
    },
    async processProperties(notePath, change) {
      const before = await fs.readFile(full(notePath), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(before);
      if (!match) throw new Error(`${notePath} has no properties block to change.`);
      const data = readYaml(match[1]!);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new Error(`${notePath} has properties that could not be read; nothing was written.`);
      }
      const properties = data as Record<string, unknown>;
      const snapshot = JSON.stringify(properties);
      change(properties);
      if (JSON.stringify(properties) === snapshot) return;
      const after = `---\n${stringifyYaml(properties)}---${match[2]}${before.slice(match[0].length)}`;
      await replace(notePath, before, after);
    },
  };
}
