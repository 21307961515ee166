/** Opens a folder as a vault: checks it, then builds the project index from its files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ScoringSettings } from '../analysis/thresholds';
import { ProjectIndex, type BuildOptions } from '../index';
import { readingText } from '../domain';
import type { Problem } from '../model';
import { fileErrorReason } from './file-errors';
import { fileSystemSource } from './fs-source';
import { UsageError } from './io';
import { readTrackerSettings } from './tracker-settings';
import { readYaml } from './yaml-reader';

export interface OpenVault {
  root: string;
  index: ProjectIndex;
  /** Files and folders that could not be read: `check` lists them, other commands warn. */
  unreadable: Problem[];
  /** The folder of templates the plugin is set to ('' for none): its notes are not counted. */
  templatesFolder: string;
  /** The team's recent window and feedback delay, as the plugin's settings give them. */
  scoring: ScoringSettings;
}

export interface OpenOptions {
  allowEmpty?: boolean;
  /** Where to say, in one line, that some files could not be read (every command but `check`). */
  warn?: (text: string) => void;
  /** Where to show how far the reading has got (see `CliIo.progress`), once it has run a second. */
  progress?: (line: string) => void;
  /** Milliseconds, to tell when that second has passed; tests pass their own. */
  clock?: () => number;
}

export async function openVault(root: string, options: OpenOptions = {}): Promise<OpenVault> {
  let stat;
  try {
    stat = await fs.stat(root);
  } catch {
    throw new UsageError(`No folder at ${root}.`);
  }
  if (!stat.isDirectory()) throw new UsageError(`${root} is a file, not a folder.`);
  const { templatesFolder, scoring, problems } = await readTrackerSettings(root);
  const index = new ProjectIndex({ readYaml, ignoredFolders: templatesFolder === '' ? [] : [templatesFolder] });
  // A settings file that could not be used is named with the files that could not be read.
  const source = fileSystemSource(root, problems);
  const progress = readingProgress(options);
  try {
    await index.build(source, progress.options);
  } catch (error) {
    const reason = fileErrorReason(error);
    if (reason === undefined) throw error;
    throw new UsageError(`cannot read the folder ${root}: ${reason}.`);
  } finally {
    // Cleared even when the reading stops on an error, so the error's line starts clean.
    progress.done();
  }
  const unreadable = source.unreadable();
  if (index.size === 0 && unreadable.length === 0 && !options.allowEmpty) throw new UsageError(`No notes in ${root}: it holds no .md files.`);
  if (options.warn && unreadable.length > 0) {
    const count = unreadable.length === 1 ? '1 file or folder' : `${unreadable.length} files or folders`;
    // "Or used": the tracker's settings file can be read and still not be usable.
    options.warn(`coprod: ${count} in ${root} could not be read or used, and ${unreadable.length === 1 ? 'is' : 'are'} left out. Run "coprod check" to see which.\n`);
  }
  return { root, index, unreadable, templatesFolder, scoring };
}

/**
 * Progress for a long reading: nothing for the first second (most vaults are read by then),
 * then "Reading notes: 4,200 of 10,000" about ten times a second, cleared when the reading ends.
 */
function readingProgress(options: OpenOptions): { options: BuildOptions; done(): void } {
  const show = options.progress;
  if (show === undefined) return { options: {}, done: () => undefined };
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  let shown = false;
  return {
    // A slice of 100 ms is when the reading stops to say how far it got; the CLI has nothing else to let run.
    options: {
      sliceMs: 100,
      clock,
      onProgress: (done, total) => {
        if (done >= total || clock() - start < 1000) return;
        show(readingText(done, total));
        shown = true;
      },
    },
    done: () => {
      if (shown) show('');
    },
  };
}

/** The folder a command was given, or the current folder: never a vault the user did not name. */
export function resolveVault(cwd: string, given: string | undefined): string {
  return given === undefined ? cwd : path.resolve(cwd, given);
}
