/** The `coprod` command: parses the first word and hands over to that command. */
import { describeFileError, hasCode } from './file-errors';
import { EXIT, REPORT_IT, UsageError, type CliIo } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command is loaded when it is run: `coprod check` then never loads the renderers, the
 * report or the templates (about 70 ms of start-up, measured). Each command answers its own `--help`.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  check: { load: async () => (await import('./commands/check')).check, summary: 'list every problem in the notes' },
  dashboard: { load: async () => (await import('./commands/dashboard')).dashboard, summary: 'score each project and print its dashboard' },
  new: { load: async () => (await import('./commands/new')).newNote, summary: 'create a project, or a note in a project, from the templates' },
  reflect: { load: async () => (await import('./commands/reflect')).reflect, summary: 'write a new reflection note for a project' },
  report: { load: async () => (await import('./commands/report')).report, summary: 'write the end-of-project reflection as a new note' },
  rewards: { load: async () => (await import('./commands/rewards')).rewards, summary: 'write the rewards as a CSV file for finance' },
  suggest: { load: async () => (await import('./commands/suggest')).suggest, summary: 'suggest ingredients for a piece of text' },
};

export const HELP = `coprod: check, score and report on a co-produced project kept in a markdown vault.

Usage: coprod COMMAND [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "coprod COMMAND --help" for a command's options.
Add --debug to any command to see the details of an unexpected error.

Exit codes: 0 fine, 1 problems found in the notes, 2 the command could not run
(wrong options, a missing folder, a write that was refused or blocked),
3 something unexpected went wrong.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { args: given, debug } = takeDebug(argv);
  const [name, ...args] = given;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // Asked for, the help is the output; with no command at all it says why the run stopped (exit 2), on stderr.
    if (name === undefined) io.err(HELP);
    else io.out(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`coprod: there is no command "${oneLine(name)}". Run "coprod --help" to see the commands.\n`);
    return EXIT.usage;
  }
  try {
    const run = await command.load();
    return await run(args, io);
  } catch (error) {
    return failed(name, error, debug, io);
  }
}

/** `--debug` may come anywhere before a `--`; the commands never see it. */
function takeDebug(argv: string[]): { args: string[]; debug: boolean } {
  const end = argv.indexOf('--');
  const head = end === -1 ? argv : argv.slice(0, end);
  const tail = end === -1 ? [] : argv.slice(end);
  const args = head.filter((arg) => arg !== '--debug');
  return { args: [...args, ...tail], debug: args.length !== head.length };
}

/** Turns anything a command threw into one line on standard error and an exit code. */
export function failed(name: string, error: unknown, debug: boolean, io: Pick<CliIo, 'err'>): number {
  if (error instanceof UsageError) {
    io.err(`coprod ${name}: ${oneLine(error.message)}\n`);
    return EXIT.usage;
  }
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    io.err(`coprod ${name}: ${oneLine(optionMistake(name, String(error.code), error.message))}\n`);
    return EXIT.usage;
  }
  // A reader that went away (`coprod dashboard | head -1`): nothing left to say, and nobody to say it to.
  if (hasCode(error, 'EPIPE')) return EXIT.ok;
  const blocked = describeFileError(error);
  if (blocked !== undefined) {
    io.err(`coprod ${name}: ${oneLine(blocked)}\n`);
    if (debug) io.err(details(error));
    return EXIT.usage;
  }
  const what = error instanceof Error && error.message !== '' ? ` (${oneLine(error.message)})` : '';
  io.err(`coprod ${name}: something went wrong that the tracker did not expect${what}. ${REPORT_IT}; add --debug to see the details.\n`);
  if (debug) io.err(details(error));
  return EXIT.unexpected;
}

/**
 * A mistake in the options, in plain words naming the option, from what Node's option parser
 * says (its own words speak of "positional arguments"). Its message is kept when its form is
 * not one known here, as another version of Node may word it differently.
 */
function optionMistake(name: string, code: string, message: string): string {
  const help = `Run "coprod ${name} --help" to see the options.`;
  const quoted = /'([^']*)'/.exec(message)?.[1];
  if (quoted === undefined) return message;
  // "Option '-h, --help' does not take an argument": the long name is the one to show.
  const option = quoted.split(', ').pop()!.replace(/ <value>$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `there is no option ${option}. ${help}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected "${quoted}". ${help}`;
  if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return message;
  if (/argument missing/.test(message)) return `${option} needs a value after it. ${help}`;
  if (/does not take an argument/.test(message)) return `${option} takes no value. ${help}`;
  if (/ambiguous/.test(message)) {
    return `the value after ${option} starts with "-", so it looks like another option. Write it as ${option}="-…" to use it as the value.`;
  }
  return message;
}

function details(error: unknown): string {
  return `${error instanceof Error ? (error.stack ?? String(error)) : String(error)}\n`;
}

/** Messages and names are printed on one line, however many a note or an option held. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters would break the one-line promise
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
