import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectProjectNotes } from '../../analysis/project-notes';
import { rewardRows, unfinishedRewardFindings } from '../../analysis/rewards';
import { rewardsCsv } from '../../analysis/rewards-csv';
import { EXIT, UsageError, type CliIo } from '../io';
import { projectNamed } from '../options';
import { writeNewFile } from '../out-file';
import { openVault } from '../vault';

export const REWARDS_HELP = `Usage: coprod rewards [VAULT] --project NAME --csv FILE

Writes the project's rewards for finance as a CSV file: one row per reward, with
its date, pseudonym, role, hours, type, amount, currency and whether benefits
advice was offered. Reward notes left as the template made them (no participant,
no hours, no amount) are not counted; they are named on standard error.

VAULT is the vault folder (default: the current folder).

Options:
  --project NAME   the project (its name or file name)
  --csv FILE       write to FILE (refused if FILE exists); - prints the CSV
  -h, --help       show this help

Prints the path of the file.
Exit code: 0 written, 2 the command could not run (wrong options, no such
vault or project, FILE already exists, or the write was blocked),
3 something unexpected went wrong.
`;

export async function rewards(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      project: { type: 'string' },
      csv: { type: 'string' },
    },
  });
  if (values.help) {
    io.out(REWARDS_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`give one vault folder, not ${positionals.length}.`);
  if (values.csv === undefined || values.csv === '') throw new UsageError('say where to write the CSV with --csv FILE, or --csv - to print it.');
  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  const { index } = await openVault(root, { warn: (text) => io.err(text), progress: io.progress, clock: io.clock });
  const project = projectNamed(index, values.project, root);
  const notes = collectProjectNotes(index, project);
  const text = rewardsCsv(rewardRows(notes));
  for (const unfinished of unfinishedRewardFindings(notes)) {
    io.err(`coprod rewards: ${unfinished.path}: ${unfinished.message}\n`);
  }

  if (values.csv === '-') {
    io.out(text);
    return EXIT.ok;
  }
  const out = path.resolve(io.cwd, values.csv);
  await writeNewFile(out, text);
  io.out(`${out}\n`);
  return EXIT.ok;
}
