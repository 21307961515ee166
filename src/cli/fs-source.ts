import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import path from 'node:path';
import type { NoteSource, NoteWriter } from '../index';
import type { Problem } from '../model';
import { fileErrorReason, hasCode, isSystemError } from './file-errors';
import { UsageError } from './io';
import { walkVault } from './vault-walk';

/**
 * The largest note the CLI reads, in bytes. Notes are text; a file far beyond this is
 * something else (a pasted export, a video renamed .md), and past ~512 MB Node cannot hold
 * it as a string at all.
 */
export const MAX_NOTE_BYTES = 64 * 1024 * 1024;

/** Strict: a file that is not UTF-8 is named, never read silently with replacement characters. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file-system source that also says which files and folders it could not read. */
export interface FileSystemSource extends NoteSource {
  /** One Problem per file or folder that could not be read, in the order met. */
  unreadable(): Problem[];
}

/**
 * One buffer that every read reuses, grown to the largest note met. A new buffer per note left
 * the system allocator holding tens of megabytes it never gave back (measured on 10,000 notes).
 * Reads are synchronous and each is decoded before the next, so sharing it is safe.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * A file's bytes (valid until the next read), or its size when it is over `limit`: a 600 MB file
 * is refused without being read into memory. Read until the end, as reading the whole file does;
 * its size is asked for only when it outgrows the buffer (few notes do), which saves making a
 * file-status object for every note.
 */
function readWithin(full: string, limit: number): Buffer | number {
  const fd = openSync(full, 'r');
  try {
    let done = 0;
    for (;;) {
      if (done === scratch.length) {
        const { size } = fstatSync(fd);
        if (size > limit) return size;
        // Room for the whole file and the read that finds its end.
        const bigger = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
        scratch.copy(bigger, 0, 0, done);
        scratch = bigger;
      }
      const read = readSync(fd, scratch, done, scratch.length - done, done);
      if (read === 0) return scratch.subarray(0, done);
      done += read;
      // A file still being written can pass the limit while it is read.
      if (done > limit) return done;
    }
  } finally {
    closeSync(fd);
  }
}

/** "120.5 MB" */
function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** `known`: problems met before the reading (the tracker's settings file), listed first. */
export function fileSystemSource(root: string, known: readonly Problem[] = []): FileSystemSource {
  const problems: Problem[] = [...known];
  const problem = (found: Problem) => void problems.push(found);
  const couldNotRead = (notePath: string, why: string, hint = 'Check that the file opens in another program, then run the command again') =>
    problem({ path: notePath, message: `This note could not be read: ${why}. It is not counted`, hint });
  return {
    async listNotes() {
      const paths: string[] = [];
      await walkVault(root, paths, problem);
      return paths.sort();
    },
    /** Never throws: a note that cannot be read reads as empty and is named by `unreadable()`. */
    // Read synchronously: one file after another costs a third of the CPU of batched async
    // reads (measured on 10,000 notes) and no more wall time, since the parsing is the work.
    readNote(notePath) {
      return Promise.resolve(readNoteNow(notePath));
    },
    readNoteNow,
    readNoteAgain(notePath) {
      // Quietly: a note that could be read a moment ago and now cannot has no words to give.
      try {
        const bytes = readWithin(fileOf(notePath), MAX_NOTE_BYTES);
        return typeof bytes === 'number' ? undefined : UTF8.decode(bytes);
      } catch {
        return undefined;
      }
    },
    unreadable: () => [...problems],
  };

  /** Where a note's file is on this system. */
  function fileOf(notePath: string): string {
    return path.join(root, ...notePath.split('/'));
  }

  /** One note's text, or '' with its problem recorded; never throws. */
  function readNoteNow(notePath: string): string {
    try {
      const bytes = readWithin(fileOf(notePath), MAX_NOTE_BYTES);
      if (typeof bytes === 'number') {
        couldNotRead(
          notePath,
          `it is ${megabytes(bytes)}, more than the ${megabytes(MAX_NOTE_BYTES)} a note may be`,
          'Keep large files such as recordings or exports outside the vault, or split the note',
        );
        return '';
      }
      try {
        return UTF8.decode(bytes);
      } catch {
        couldNotRead(notePath, 'it is not UTF-8 text (save it again as UTF-8)');
        return '';
      }
    } catch (error) {
      couldNotRead(notePath, fileErrorReason(error) ?? (error instanceof Error ? error.message : String(error)));
      return '';
    }
  }
}

/** A writer for the file system that can also make a whole folder of notes at once. */
export interface FileSystemWriter extends NoteWriter {
  /**
   * Creates `folder` holding `files` (paths inside it), all or nothing: they are written into
   * a hidden folder beside it, which is then renamed into place in one step. Fails, having
   * written nothing, if anything is already at `folder`.
   */
  createFolder(folder: string, files: readonly { path: string; text: string }[]): Promise<void>;
}

/** A write the tracker refused or the system blocked: one plain line naming the path (exit code 2). */
export class BlockedWriteError extends UsageError {
  constructor(
    readonly target: string,
    reason: string,
  ) {
    super(`cannot write ${target}: ${reason}. Nothing was written.`);
  }
}

/**
 * Writes by creating a temporary file beside the target, then linking it into place:
 * `link` fails if the target exists, so a note that appeared meanwhile is never overwritten.
 * Every write lands inside the vault's real path: a folder that is a link to somewhere else
 * is refused, never followed.
 */
export function fileSystemWriter(root: string, readYaml: (text: string) => unknown, stringifyYaml: (data: unknown) => string): FileSystemWriter {
  const full = (notePath: string) => {
    const parts = notePath.split('/');
    if (notePath === '' || parts.some((part) => part === '' || part === '.' || part === '..')) {
      throw new BlockedWriteError(notePath, 'that is not a path inside the vault');
    }
    return path.join(root, ...parts);
  };
  const temporaryBeside = (target: string) => `${target}.${process.pid}.${Date.now()}.tmp`;

  let realRoot: Promise<string> | undefined;
  /** Throws unless `folder`, with every link in it resolved, is the vault or inside it. */
  async function ensureInside(folder: string, shown: string): Promise<void> {
    realRoot ??= fs.realpath(root);
    const [vault, real] = await Promise.all([realRoot, fs.realpath(folder)]);
    if (real !== vault && !real.startsWith(vault.endsWith(path.sep) ? vault : vault + path.sep)) {
      throw new BlockedWriteError(shown, `the folder ${folder} leads outside the vault (to ${real})`);
    }
  }

  /** The deepest folder on the way to `folder` that exists already. */
  async function deepestExisting(folder: string): Promise<string> {
    let at = folder;
    for (;;) {
      try {
        await fs.lstat(at);
        return at;
      } catch (error) {
        const parent = path.dirname(at);
        if (!hasCode(error, 'ENOENT') || parent === at) throw error;
        at = parent;
      }
    }
  }

  /** Makes the folders up to `folder`, never through a link that leads out of the vault. */
  async function makeFolder(folder: string, shown: string): Promise<void> {
    await ensureInside(await deepestExisting(folder), shown);
    try {
      await fs.mkdir(folder, { recursive: true });
    } catch (error) {
      // EEXIST from mkdir means a file stands where a folder should be, not that the note exists.
      const reason = hasCode(error, 'EEXIST') ? 'a file stands where a folder should be' : fileErrorReason(error);
      if (reason === undefined) throw error;
      throw new BlockedWriteError(shown, reason);
    }
    await ensureInside(folder, shown);
  }

  /** Turns a system error into a one-line refusal, keeping "already exists" for the callers that retry. */
  function blocked(error: unknown, shown: string): unknown {
    if (hasCode(error, 'EEXIST') || !isSystemError(error)) return error;
    const reason = fileErrorReason(error);
    return reason === undefined ? error : new BlockedWriteError(shown, reason);
  }

  async function createNote(notePath: string, text: string): Promise<void> {
    const target = full(notePath);
    await makeFolder(path.dirname(target), notePath);
    const temporary = temporaryBeside(target);
    try {
      await fs.writeFile(temporary, text, { flag: 'wx' });
    } catch (error) {
      throw blocked(error, notePath);
    }
    try {
      await fs.link(temporary, target);
    } catch (error) {
      throw blocked(error, notePath);
    } finally {
      await fs.unlink(temporary).catch(() => undefined);
    }
  }

  async function createFolder(folder: string, files: readonly { path: string; text: string }[]): Promise<void> {
    const target = full(folder);
    const inside = files.map((file) => {
      if (!file.path.startsWith(`${folder}/`)) throw new BlockedWriteError(file.path, `it is not inside ${folder}`);
      return { parts: file.path.slice(folder.length + 1).split('/'), text: file.text };
    });
    const parent = path.dirname(target);
    await makeFolder(parent, folder);
    let staging: string;
    try {
      staging = await fs.mkdtemp(path.join(parent, '.coprod-new-'));
    } catch (error) {
      throw blocked(error, folder);
    }
    try {
      for (const file of inside) {
        const into = path.join(staging, ...file.parts);
        await fs.mkdir(path.dirname(into), { recursive: true });
        await fs.writeFile(into, file.text, { flag: 'wx' });
      }
      // rename() would quietly replace an empty folder; anything at all there is a refusal.
      if (await exists(target)) throw Object.assign(new Error(`${target} already exists`), { code: 'EEXIST', path: target });
      await fs.rename(staging, target);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      // A folder with files in it, or a file, took the name between the check and the rename.
      if (hasCode(error, 'ENOTEMPTY') || hasCode(error, 'ENOTDIR')) {
        throw Object.assign(new Error(`${target} already exists`), { code: 'EEXIST', path: target });
      }
      throw blocked(error, folder);
    }
  }

  async function exists(target: string): Promise<boolean> {
    try {
      await fs.lstat(target);
      return true;
    } catch {
      return false;
    }
  }

  async function replace(notePath: string, before: string, after: string): Promise<void> {
    const target = full(notePath);
    await ensureInside(path.dirname(target), notePath);
    if ((await fs.readFile(target, 'utf8')) !== before) {
      throw new BlockedWriteError(notePath, 'it changed while it was being updated');
    }
    const temporary = temporaryBeside(target);
    try {
      await fs.writeFile(temporary, after, { flag: 'wx' });
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.unlink(temporary).catch(() => undefined);
      throw blocked(error, notePath);
    }
  }

  return {
    createNote,
    createFolder,
    exists: (notePath) => exists(full(notePath)),
    async processNote(notePath, change) {
      const before = await fs.readFile(full(notePath), 'utf8');
      const after = change(before);
      if (after !== before) await replace(notePath, before, after);
    },
    async processProperties(notePath, change) {
      const before = await fs.readFile(full(notePath), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(before);
      if (!match) throw new BlockedWriteError(notePath, 'it has no properties block to change');
      let data: unknown;
      try {
        data = readYaml(match[1]!);
      } catch {
        data = undefined;
      }
      if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new BlockedWriteError(notePath, 'its properties could not be read');
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
