import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { INGREDIENT_BY_ID } from '../../domain';
import { suggestIngredients } from '../../analysis/suggest';
import { EXIT, UsageError, type CliIo } from '../io';

export const SUGGEST_HELP = `Usage: coprod suggest [FILE|-] [--json]

Reads a note (or standard input with -) and ranks the ingredients its words
point to, with the words that suggested each. Words that say an ingredient
is missing ("nobody was paid") are offered as a gap, never as evidence.
Suggestions are never counted until you add the tag yourself.

Options:
  --json       print the ranking as JSON
  -h, --help   show this help
`;

export async function suggest(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' } },
  });
  if (values.help) {
    io.out(SUGGEST_HELP);
    return EXIT.ok;
  }
  const source = positionals[0] ?? '-';
  let text: string;
  if (source === '-') text = await io.readStdin();
  else {
    try {
      text = await fs.readFile(path.resolve(io.cwd, source), 'utf8');
    } catch {
      throw new UsageError(`Cannot read ${source}.`);
    }
  }
  const suggestions = suggestIngredients(text, { gaps: true });
  if (values.json) {
    io.out(`${JSON.stringify(suggestions, null, 2)}\n`);
    return EXIT.ok;
  }
  if (suggestions.length === 0) {
    io.out('No ingredient stands out in this text.\n');
    return EXIT.ok;
  }
  suggestions.forEach((suggestion, rank) => {
    const name = INGREDIENT_BY_ID.get(suggestion.ingredient)?.name ?? suggestion.ingredient;
    const reasons = suggestion.reasons.map((reason) => `"${reason.phrase}" (line ${reason.line})`).join(', ');
    const label = suggestion.gap ? `${name}, missing (a gap)` : name;
    io.out(`${rank + 1}. ${label} (score ${suggestion.score}): ${reasons}\n`);
  });
  return EXIT.ok;
}
