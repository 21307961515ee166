import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import path from 'node:path';
import type { NoteSource, NoteWriter } from '../index';
import type { Problem } from '../model';
import { fileErrorReason, hasCode, isSystemError } from './file-errors';
import { UsageError } from './io';

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

/** A name as the file system gave it: text when it is valid UTF-8, undefined when it is not. */
function nameText(name: Buffer): string | undefined {
  const text = name.toString('utf8');
  return Buffer.from(text, 'utf8').equals(name) ? text : undefined;
}

const BAD_NAME_HINT = 'Rename it with letters your system shows correctly; the tracker cannot open a name it cannot read';

/** What one listing of the vault keeps while it walks. */
interface Walk {
  root: string;
  /** The vault folder's real path, every link in it resolved. */
  realRoot: string;
  into: string[];
  problem: (found: Problem) => void;
  /** The real path of each folder read so far, with its path in the vault. */
  read: Map<string, string>;
  /** Links to folders met, read after the folders that are really there (so those keep their own paths). */
  links: { shown: string; full: string }[];
}

/** True when `inner` is `outer` or a folder somewhere inside it (both real paths). */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}

/**
 * Lists markdown notes below the vault folder, skipping hidden folders such as `.obsidian` and
 * `.git`. Links to notes and to folders outside the vault are followed, as Obsidian follows
 * them, and listed by their path in the vault. As in Obsidian ("Symbolic links and junctions"
 * in its help), a link to a folder inside the vault, to a folder that holds the vault, or to a
 * folder already read through another link is not followed, so nothing is counted twice and a
 * loop of links ends; unlike Obsidian, each such link is named. What cannot be listed or named
 * is reported through `problem`, never thrown, except for the vault folder itself.
 */
async function walkVault(root: string, into: string[], problem: (found: Problem) => void): Promise<void> {
  const realRoot = await fs.realpath(root);
  const walk: Walk = { root, realRoot, into, problem, read: new Map(), links: [] };
  await walkFolder(walk, '', realRoot);
  // Links inside linked folders are met as those are read: one round per depth, in path order.
  while (walk.links.length > 0) {
    const round = walk.links.splice(0).sort((x, y) => (x.shown < y.shown ? -1 : x.shown > y.shown ? 1 : 0));
    for (const link of round) await walkLinkedFolder(walk, link.shown, link.full);
  }
}

/** Reads one folder, shown at `relative` in the vault; `real` is its real path. */
async function walkFolder(walk: Walk, relative: string, real: string): Promise<void> {
  const { root, into, problem } = walk;
  walk.read.set(real, relative);
  const full = path.join(root, ...relative.split('/'));
  let entries;
  try {
    entries = await fs.readdir(full, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    if (relative === '') throw error;
    problem({
      path: relative,
      message: `This folder could not be read (${fileErrorReason(error) ?? 'the system refused'}), so the notes in it are not counted`,
      hint: 'Check that you can open the folder, then run the command again',
    });
    return;
  }
  for (const entry of entries) {
    const name = nameText(entry.name);
    const shown = name ?? entry.name.toString('utf8');
    if (shown.startsWith('.') || shown === 'node_modules') continue;
    const child = relative === '' ? shown : `${relative}/${shown}`;
    const isMarkdown = shown.toLowerCase().endsWith('.md');
    let isFolder = entry.isDirectory();
    let isNote = entry.isFile() && isMarkdown;
    if (entry.isSymbolicLink()) {
      // Followed: what the link leads to decides. A name that is not text is stat-ed by its bytes.
      const at = name === undefined ? Buffer.concat([Buffer.from(full + path.sep), entry.name]) : path.join(full, name);
      let target;
      try {
        target = await fs.stat(at);
      } catch (error) {
        problem({
          path: child,
          message: `This is a link that could not be followed (${fileErrorReason(error) ?? 'the system refused'}), so what it leads to is not counted`,
          hint: 'Check that the file or folder it points to is there and that you can open it, or remove the link',
        });
        continue;
      }
      isFolder = target.isDirectory();
      isNote = target.isFile() && isMarkdown;
      if (isFolder && name !== undefined) {
        walk.links.push({ shown: child, full: path.join(full, name) });
        continue;
      }
    }
    if (name === undefined) {
      if (isFolder || isNote) {
        problem({
          path: child,
          message: `The name of this ${isFolder ? 'folder' : 'note'} is not valid text (UTF-8), so it is not read`,
          hint: BAD_NAME_HINT,
        });
      }
      continue;
    }
    if (isFolder) {
      // A folder really here: its real path is its parent's with its name.
      const childReal = path.join(real, name);
      if (walk.read.has(childReal)) alreadyRead(walk, child, walk.read.get(childReal)!, false);
      else await walkFolder(walk, child, childReal);
    } else if (isNote) into.push(child);
  }
}

/** Reads a folder met through a link, unless it is in the vault, holds the vault or was read already. */
async function walkLinkedFolder(walk: Walk, shown: string, full: string): Promise<void> {
  let real;
  try {
    real = await fs.realpath(full);
  } catch (error) {
    walk.problem({
      path: shown,
      message: `This is a link that could not be followed (${fileErrorReason(error) ?? 'the system refused'}), so what it leads to is not counted`,
      hint: 'Check that the folder it points to is there and that you can open it, or remove the link',
    });
    return;
  }
  if (within(real, walk.realRoot)) {
    const before = walk.read.get(real);
    if (before !== undefined) alreadyRead(walk, shown, before, true);
    else {
      // A hidden folder, or one inside it: the tracker does not read it at its own path either.
      walk.problem({
        path: shown,
        message: `This folder is a link to ${path.relative(walk.realRoot, real).split(path.sep).join('/')}, a folder in the vault the tracker skips (a hidden folder or node_modules), so it is not read`,
        hint: 'Move the notes into a folder the tracker reads, or remove the link',
      });
    }
  } else if (within(walk.realRoot, real)) {
    walk.problem({
      path: shown,
      message: 'This folder is a link to a folder that holds the whole vault, so it is not read (that would read the vault again)',
      hint: 'Remove the link, or point it at a folder outside the vault',
    });
  } else {
    const before = walk.read.get(real);
    if (before === undefined) await walkFolder(walk, shown, real);
    else alreadyRead(walk, shown, before, true);
  }
}

/** Names a folder that leads to one read already (or inside the vault), at `before` in the vault. */
function alreadyRead(walk: Walk, shown: string, before: string, isLink: boolean): void {
  const where = before === '' ? 'the vault folder itself' : before;
  const loops = isLink && (before === '' || shown.startsWith(`${before}/`));
  walk.problem({
    path: shown,
    message: loops
      ? `This folder is a link back to ${where}, a folder it sits in, so it is not read again through the link`
      : `This folder ${isLink ? 'is a link to' : 'is'} a folder the tracker reads already, at ${where}, so it is not read a second time here`,
    hint: 'Remove the link: the notes it leads to are counted without it',
  });
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
