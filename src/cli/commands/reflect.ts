import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  INGREDIENT_IDS,
  PHASE_IDS,
  ROLE_IDS,
  nearestWord,
  normaliseWord,
  type IngredientId,
  type PhaseId,
  type RoleId,
} from '../../domain';
import { createUnique, planReflection } from '../../analysis/reflections';
import { EXIT, UsageError, type CliIo } from '../io';
import { projectNamed, vaultWriter } from '../options';
import { openVault } from '../vault';

export const REFLECT_HELP = `Usage: coprod reflect --project NAME --learned TEXT [options]

Writes one new reflection note in the project's Reflections folder. Nothing is
ever overwritten: a second reflection on the same day gets a name of its own.

Options:
  --project NAME       the project (its name or file name)
  --learned TEXT       what we learned (required)
  --happened TEXT      what happened
  --change TEXT        what we will change; it becomes an open follow-up
  --ingredients A,B    ingredients this is evidence for, such as mutuality,capacity
  --phase PHASE        starting-out, engagement, rewards or learning
                       (default: the project's current phase)
  --involved R1,R2     who it involved, by role: ${ROLE_IDS.join(', ')}
  --author NAME        who is writing (a first name or pseudonym)
  --vault V            the vault folder (default: the current folder)
  -h, --help           show this help

Prints the path of the new note.
Exit code: 0 written, 2 the command could not run (wrong options, no such
project, or the write was blocked), 3 something unexpected went wrong.
`;

/** A comma-separated list checked against the vocabulary; a misspelling gets the nearest word as a hint. */
export function wordsFrom<T extends string>(value: string | undefined, allowed: readonly T[], what: string, option: string): T[] {
  if (value === undefined) return [];
  const words = value
    .split(',')
    .map((word) => normaliseWord(word))
    .filter((word) => word !== '');
  return [...new Set(words.map((word) => oneWord(word, allowed, what, option)))];
}

function oneWord<T extends string>(word: string, allowed: readonly T[], what: string, option: string): T {
  const normal = normaliseWord(word);
  if ((allowed as readonly string[]).includes(normal)) return normal as T;
  const nearest = nearestWord(normal, allowed);
  throw new UsageError(
    `${option}: "${word}" is not one of the ${what}. ${nearest ? `Did you mean "${nearest}"?` : `Use one of: ${allowed.join(', ')}.`}`,
  );
}

/** HH:mm on a local clock. */
function clockTime(now: Date): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

export async function reflect(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      project: { type: 'string' },
      learned: { type: 'string' },
      happened: { type: 'string' },
      change: { type: 'string' },
      ingredients: { type: 'string' },
      phase: { type: 'string' },
      involved: { type: 'string' },
      author: { type: 'string' },
      vault: { type: 'string' },
    },
  });
  if (values.help) {
    io.out(REFLECT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals.join(' ')}". Give the vault with --vault.`);
  const learned = values.learned?.trim() ?? '';
  if (learned === '') throw new UsageError('say what was learned with --learned TEXT. It is the one part every reflection needs.');
  const ingredients: IngredientId[] = wordsFrom(values.ingredients, INGREDIENT_IDS, 'six ingredients', '--ingredients');
  const involved: RoleId[] = wordsFrom(values.involved, ROLE_IDS, 'roles', '--involved');
  const givenPhase: PhaseId | undefined =
    values.phase === undefined ? undefined : oneWord(values.phase, PHASE_IDS, 'four phases', '--phase');

  const root = path.resolve(io.cwd, values.vault ?? '.');
  const { index } = await openVault(root, { warn: (text) => io.err(text), progress: io.progress, clock: io.clock });
  const project = projectNamed(index, values.project, root);
  const phase = givenPhase ?? project.props.phase;
  const plan = planReflection({
    project,
    // The day the command runs for, and the time on this machine's clock: both go into the name.
    now: `${io.today}T${clockTime(io.now?.() ?? new Date())}`,
    learned,
    ...(values.author !== undefined ? { author: values.author } : {}),
    ...(values.happened !== undefined ? { happened: values.happened } : {}),
    ...(values.change !== undefined ? { change: values.change } : {}),
    ingredients,
    involved,
    ...(phase ? { phase } : {}),
  });
  const writer = vaultWriter(root);
  const written = await createUnique(writer, plan.folder, plan.baseName, plan.text);
  io.out(`${written}\n`);
  return EXIT.ok;
}
