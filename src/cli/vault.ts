/** Opens a folder as a vault: checks it, then builds the project index from its files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ProjectIndex } from '../index';
import { fileSystemSource } from './fs-source';
import { UsageError } from './io';
import { readYaml } from './yaml-reader';

export const DEFAULT_TEMPLATES_FOLDER = 'Templates';

export interface OpenVault {
  root: string;
  index: ProjectIndex;
}

export async function openVault(root: string, options: { allowEmpty?: boolean } = {}): Promise<OpenVault> {
  let stat;
  try {
    stat = await fs.stat(root);
  } catch {
    throw new UsageError(`No folder at ${root}.`);
  }
  if (!stat.isDirectory()) throw new UsageError(`${root} is a file, not a folder.`);
  const index = new ProjectIndex({ readYaml, ignoredFolders: [DEFAULT_TEMPLATES_FOLDER] });
  await index.build(fileSystemSource(root));
  if (index.size === 0 && !options.allowEmpty) throw new UsageError(`No notes in ${root}: it holds no .md files.`);
  return { root, index };
}

export function resolveVault(cwd: string, given: string | undefined, defaultVault: string): string {
  return given === undefined ? defaultVault : path.resolve(cwd, given);
}
