/**
 * The plugin's side of the write port. Every write goes through Obsidian's safe calls:
 * `Vault.create` (fails when a file exists), `Vault.process` and
 * `FileManager.processFrontMatter` (read, change, write in one step). Nothing is written
 * when a change leaves a note as it was, and a note the index could not read is never
 * touched.
 */
import { TFile, TFolder, normalizePath, type App } from 'obsidian';
import type { NoteWriter } from '../index';
import type { NoteRecord } from '../model';

export class UnreadableNoteError extends Error {
  constructor(readonly path: string) {
    super(
      `"${path}" could not be read, so it was left as it is. Fix what "Needs attention" lists for it, then try again.`,
    );
    this.name = 'UnreadableNoteError';
  }
}

export function vaultWriter(app: App, recordOf: (path: string) => NoteRecord | undefined): NoteWriter {
  function noteAt(path: string): TFile {
    const normal = normalizePath(path);
    if (recordOf(normal)?.kind === 'unreadable') throw new UnreadableNoteError(normal);
    const file = app.vault.getAbstractFileByPath(normal);
    if (!(file instanceof TFile)) throw new Error(`There is no note at "${normal}".`);
    return file;
  }

  async function ensureFolder(folder: string): Promise<void> {
    if (folder === '' || folder === '/') return;
    const existing = app.vault.getAbstractFileByPath(folder);
    if (existing instanceof TFolder) return;
    if (existing) throw new Error(`"${folder}" is a file, so no note can be created inside it.`);
    const slash = folder.lastIndexOf('/');
    if (slash > 0) await ensureFolder(folder.slice(0, slash));
    await app.vault.createFolder(folder);
  }

  async function exists(path: string): Promise<boolean> {
    const normal = normalizePath(path);
    if (app.vault.getAbstractFileByPath(normal)) return true;
    // The adapter also sees files that differ only in case on case-insensitive disks.
    return app.vault.adapter.exists(normal);
  }

  return {
    exists,

    async createNote(path, text) {
      const normal = normalizePath(path);
      if (await exists(normal)) throw new Error(`Something already exists at "${normal}"; nothing was written.`);
      const slash = normal.lastIndexOf('/');
      await ensureFolder(slash > 0 ? normal.slice(0, slash) : '');
      await app.vault.create(normal, text);
    },

    async processNote(path, change) {
      const file = noteAt(path);
      // Look first, so a change that changes nothing writes nothing.
      const before = await app.vault.read(file);
      if (change(before) === before) return;
      await app.vault.process(file, (current) => change(current));
    },

    async processProperties(path, change) {
      const file = noteAt(path);
      const cached: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
      if (cached !== null && typeof cached === 'object' && !Array.isArray(cached)) {
        const probe = structuredClone({ ...(cached as Record<string, unknown>) });
        const snapshot = JSON.stringify(probe);
        change(probe);
        if (JSON.stringify(probe) === snapshot) return;
      }
      await app.fileManager.processFrontMatter(file, (properties: Record<string, unknown>) => change(properties));
    },
  };
}
