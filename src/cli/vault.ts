/** Opens a folder as a vault: checks it, then builds the project index from its files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ProjectIndex } from '../index';
import type { Problem } from '../model';
import { fileErrorReason } from './file-errors';
import { fileSystemSource } from './fs-source';
import { UsageError } from './io';
import { readYaml } from './yaml-reader';

export const DEFAULT_TEMPLATES_FOLDER = 'Templates';

export interface OpenVault {
  root: string;
  index: ProjectIndex;
  /** Files and folders that could not be read: `check` lists them, other commands warn. */
  unreadable: Problem[];
}

export interface OpenOptions {
  allowEmpty?: boolean;
  /** Where to say, in one line, that some files could not be read (every command but `check`). */
  warn?: (text: string) => void;
}

export async function openVault(root: string, options: OpenOptions = {}): Promise<OpenVault> {
  let stat;
  try {
    stat = await fs.stat(root);
  } catch {
    throw new UsageError(`No folder at ${root}.`);
  }
  if (!stat.isDirectory()) throw new UsageError(`${root} is a file, not a folder.`);
  const index = new ProjectIndex({ readYaml, ignoredFolders: [DEFAULT_TEMPLATES_FOLDER] });
  const source = fileSystemSource(root);
  try {
    await index.build(source);
  } catch (error) {
    const reason = fileErrorReason(error);
    if (reason === undefined) throw error;
    throw new UsageError(`cannot read the folder ${root}: ${reason}.`);
  }
  const unreadable = source.unreadable();
  if (index.size === 0 && unreadable.length === 0 && !options.allowEmpty) throw new UsageError(`No notes in ${root}: it holds no .md files.`);
  if (options.warn && unreadable.length > 0) {
    const count = unreadable.length === 1 ? '1 file or folder' : `${unreadable.length} files or folders`;
    options.warn(`coprod: ${count} in ${root} could not be read and ${unreadable.length === 1 ? 'is' : 'are'} not counted. Run "coprod check" to see which.\n`);
  }
  return { root, index, unreadable };
}

/** The folder a command was given, or the current folder: never a vault the user did not name. */
export function resolveVault(cwd: string, given: string | undefined): string {
  return given === undefined ? cwd : path.resolve(cwd, given);
}
