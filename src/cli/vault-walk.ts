/**
 * Lists the notes of a vault folder for the CLI, as Obsidian lists them: hidden folders skipped,
 * links followed, each note once, and every file or folder it cannot list named, never skipped
 * in silence.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../model';
import { fileErrorReason } from './file-errors';

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
export async function walkVault(root: string, into: string[], problem: (found: Problem) => void): Promise<void> {
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
        // A broken link to a picture is no more a note than the picture: named only when it could be one.
        if (isMarkdown || path.extname(shown) === '') {
          problem({
            path: child,
            message: `This is a link that could not be followed (${fileErrorReason(error) ?? 'the system refused'}), so what it leads to is not counted`,
            hint: 'Check that the file or folder it points to is there and that you can open it, or remove the link',
          });
        }
        continue;
      }
      isFolder = target.isDirectory();
      isNote = target.isFile() && isMarkdown;
      if (isFolder && name !== undefined) {
        walk.links.push({ shown: child, full: path.join(full, name) });
        continue;
      }
      if (isNote && name !== undefined && (await isNoteInVault(walk, child, path.join(full, name)))) continue;
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
 * True (and named) when a link to a note leads to a note in the vault: it is counted once, at
 * its own path, as Obsidian asks of links inside a vault.
 */
async function isNoteInVault(walk: Walk, shown: string, full: string): Promise<boolean> {
  let real;
  try {
    real = await fs.realpath(full);
  } catch {
    // Gone between the two looks: the reading names it.
    return false;
  }
  if (!within(real, walk.realRoot)) return false;
  const inVault = path.relative(walk.realRoot, real).split(path.sep).join('/');
  const skipped = inVault.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
  walk.problem({
    path: shown,
    message: skipped
      ? `This note is a link to ${inVault}, in a folder of the vault the tracker skips (a hidden folder or node_modules), so it is not read`
      : `This note is a link to ${inVault}, a note in the vault, so it is counted once, at ${inVault}`,
    hint: skipped ? 'Move the note into a folder the tracker reads, or remove the link' : 'Remove the link, or link to the note with [[…]] instead',
  });
  return true;
}
