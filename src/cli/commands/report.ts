import path from 'node:path';
import { parseArgs } from 'node:util';
import { createUnique } from '../../analysis/reflections';
import { buildReport } from '../../analysis/report';
import { renderEasyRead, renderReportMarkdown, reportLocation } from '../../render/report-markdown';
import { EXIT, UsageError, type CliIo } from '../io';
import { asOfOption, projectNamed, vaultWriter } from '../options';
import { writeNewFile } from '../out-file';
import { openVault } from '../vault';

export const REPORT_HELP = `Usage: coprod report [VAULT] --project NAME [options]

Writes the end-of-project reflection: the project's story told from its own
notes, with quotes linked to the notes they come from. It is written as a new
note in the project's Reports folder, named "End-of-project reflection DATE".
Running it again writes a new note beside the first; nothing is overwritten.

VAULT is the vault folder (default: the current folder).

Options:
  --project NAME       the project (its name or file name)
  --as-of DATE         write the report as of DATE, YYYY-MM-DD (default: today)
  --out FILE           write to FILE instead of into the vault (refused if FILE exists)
  --easy-read          write the easy-read version for the people who took part:
                       short sentences, plain words, no tables
  --include-personal   also show what participant notes hold about access needs,
                       contact, format and what people were told (left out by default;
                       never shown for someone who has withdrawn)
  -h, --help           show this help

Prints the path of the report.
Exit code: 0 written, 2 the command could not run (wrong options, no such
vault or project, FILE already exists, or the write was blocked),
3 something unexpected went wrong.
`;

export async function report(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      project: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      'include-personal': { type: 'boolean' },
      'easy-read': { type: 'boolean' },
    },
  });
  if (values.help) {
    io.out(REPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`give one vault folder, not ${positionals.length}.`);
  const asOf = asOfOption(values['as-of'], io.today);
  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  const { index, scoring } = await openVault(root, { warn: (text) => io.err(text), progress: io.progress, clock: io.clock });
  const project = projectNamed(index, values.project, root);
  const easyRead = values['easy-read'] === true;
  const model = buildReport(index, project, { asOf, leavePersonalOut: values['include-personal'] !== true, settings: scoring });
  const text = easyRead ? renderEasyRead(model) : renderReportMarkdown(model);

  if (values.out !== undefined) {
    const out = path.resolve(io.cwd, values.out);
    await writeNewFile(out, text);
    io.out(`${out}\n`);
    return EXIT.ok;
  }

  const writer = vaultWriter(root);
  const { folder, baseName } = reportLocation(project.path, asOf, { easyRead });
  const written = await createUnique(writer, folder, baseName, text);
  io.out(`${written}\n`);
  return EXIT.ok;
}
