import { parseArgs } from 'node:util';
import { vaultProblems } from '../../analysis/attention';
import { collectProjectNotes } from '../../analysis/project-notes';
import { plural } from '../../domain';
import { formatProblem } from '../../model';
import { EXIT, UsageError, type CliIo } from '../io';
import { openVault, resolveVault } from '../vault';

export const CHECK_HELP = `Usage: coprod check [VAULT]

Reads every note in VAULT (default: the current folder) and lists each
problem as "path:line  message (hint)". A file or folder that could not be
read (no permission, a name that is not UTF-8, a note over 64 MB) is a
problem too.

Exit code: 0 when every note could be read, 1 when there are problems,
2 when the folder is missing, unreadable or holds no notes, 3 when something
unexpected went wrong.
`;

export async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(CHECK_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`give one vault folder, not ${positionals.length}: ${positionals.map((given) => `"${given}"`).join(', ')}.`);
  const { index } = await openVault(resolveVault(io.cwd, positionals[0]), { progress: io.progress, clock: io.clock });
  // Files the system would not hand over are problems too, in path order with the rest.
  const problems = vaultProblems(index, io.today, (project) => collectProjectNotes(index, project));
  for (const problem of problems) io.out(`${formatProblem(problem)}\n`);
  io.out(`Checked ${plural(index.size, 'note')}: ${problems.length === 0 ? 'no problems' : plural(problems.length, 'problem')}.\n`);
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}
