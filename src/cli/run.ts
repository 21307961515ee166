/** The `coprod` command: parses the first word and hands over to that command. */
import { check, CHECK_HELP } from './commands/check';
import { dashboard, DASHBOARD_HELP } from './commands/dashboard';
import { newNote, NEW_HELP } from './commands/new';
import { reflect, REFLECT_HELP } from './commands/reflect';
import { report, REPORT_HELP } from './commands/report';
import { suggest, SUGGEST_HELP } from './commands/suggest';
import { EXIT, UsageError, type CliIo } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string; summary: string }> = {
  check: { run: check, help: CHECK_HELP, summary: 'list every problem in the notes' },
  dashboard: { run: dashboard, help: DASHBOARD_HELP, summary: 'score each project and print its dashboard' },
  new: { run: newNote, help: NEW_HELP, summary: 'create a project, or a note in a project, from the templates' },
  reflect: { run: reflect, help: REFLECT_HELP, summary: 'write a new reflection note for a project' },
  report: { run: report, help: REPORT_HELP, summary: 'write the end-of-project reflection as a new note' },
  suggest: { run: suggest, help: SUGGEST_HELP, summary: 'suggest ingredients for a piece of text' },
};

export const HELP = `coprod: check, score and report on a co-produced project kept in a markdown vault.

Usage: coprod COMMAND [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "coprod COMMAND --help" for a command's options.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`coprod: there is no command "${name}". Run "coprod --help" to see the commands.\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`coprod ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
