/** Files a command writes where the user said (`--out`, `--json`, `--html`): new files only. */
import { promises as fs } from 'node:fs';
import { describeFileError, hasCode } from './file-errors';
import { UsageError } from './io';

function alreadyThere(target: string): UsageError {
  return new UsageError(`${target} already exists. Nothing was written; choose another file.`);
}

/** Refuses early, before any output, when something is already at `target`. */
export async function refuseExisting(target: string): Promise<void> {
  try {
    await fs.lstat(target);
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return;
    throw new UsageError(describeFileError(error, 'cannot write') ?? `cannot write ${target}.`);
  }
  throw alreadyThere(target);
}

/** Writes a new file; never replaces one (not even one that appeared a moment ago). */
export async function writeNewFile(target: string, text: string): Promise<void> {
  try {
    await fs.writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if (hasCode(error, 'EEXIST')) throw alreadyThere(target);
    const blocked = describeFileError(error, 'cannot write');
    throw blocked === undefined ? error : new UsageError(`${blocked} Nothing was written.`);
  }
}
