import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { INGREDIENT_BY_ID } from '../../domain';
import { suggestIngredients } from '../../analysis/suggest';
import { fileErrorReason } from '../file-errors';
import { MAX_NOTE_BYTES } from '../fs-source';
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
    const file = path.resolve(io.cwd, source);
    let size: number;
    try {
      size = (await fs.stat(file)).size;
      text = size > MAX_NOTE_BYTES ? '' : await fs.readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${source}: ${fileErrorReason(error) ?? 'the system refused'}.`);
    }
    // Refused by its size, before reading: past ~512 MB Node cannot even hold the text.
    if (size > MAX_NOTE_BYTES) throw new UsageError(`${source} is larger than a note may be (64 MB); nothing was read.`);
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
