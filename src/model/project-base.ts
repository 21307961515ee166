/**
 * The `.base` file a new project gets: tables of its notes for Obsidian's core Bases plugin.
 * Every view reads the folder the base file sits in (`this.file.folder`), so renaming or
 * moving the project keeps the tables full. It holds no names, so it is the same for every
 * project and is written as it is.
 */
import { INGREDIENT_IDS, ingredientName } from '../domain';

/**
 * The first Obsidian whose API reference documents every key these bases use (`filters`,
 * `formulas`, `properties`, view `groupBy` and `summaries`): Bases arrived in 1.9, these
 * keys are listed from 1.10.0.
 */
export const BASES_MIN_APP_VERSION = '1.10.0';

const ROLE_COUNTS = ['lived-experience', 'practitioners', 'family-carers', 'community-members', 'others'];

/** A property as views name it: a note property gets `note.`; `file.` and `formula.` stay. */
function named(property: string): string {
  return /^(?:file|formula|note)\./.test(property) ? property : `note.${property}`;
}

function list(key: string, items: readonly string[], indent: string): string[] {
  return [`${indent}${key}:`, ...items.map((item) => `${indent}  - ${named(item)}`)];
}

function sums(items: readonly string[], summary: string, indent: string): string[] {
  return [`${indent}summaries:`, ...items.map((item) => `${indent}  ${named(item)}: ${summary}`)];
}

function groupBy(property: string, direction: 'ASC' | 'DESC'): string[] {
  return ['    groupBy:', `      property: ${named(property)}`, `      direction: ${direction}`];
}

function sortBy(property: string, direction: 'ASC' | 'DESC'): string[] {
  return ['    sort:', `      - property: ${named(property)}`, `        direction: ${direction}`];
}

/** The text of a project's `.base` file. */
export function projectBase(): string {
  const ingredientFormulas = INGREDIENT_IDS.map(
    (id) => `  ${id.replace(/-/g, '_')}: 'file.hasTag("ingredient/${id}") || list(ingredients).contains("${id}")'`,
  );
  const ingredientColumns = INGREDIENT_IDS.map((id) => `formula.${id.replace(/-/g, '_')}`);
  const lines = [
    "# Tables of this project's notes, for the core Bases plugin (Obsidian 1.10 or later).",
    '# They read the folder this file is in, so they keep working when the project is renamed.',
    '# Edit freely: the tracker never changes this file.',
    'filters:',
    '  and:',
    '    - file.inFolder(this.file.folder)',
    '    - file.ext == "md"',
    'formulas:',
    // `date` is a date property (types.json), so it has format().
    '  month: if(date, date.format("YYYY-MM"), "no date")',
    ...ingredientFormulas,
    'properties:',
    '  formula.month:',
    '    displayName: Month',
    ...INGREDIENT_IDS.flatMap((id, i) => [`  ${ingredientColumns[i]}:`, `    displayName: ${ingredientName(id)}`]),
    'views:',
    '  - type: table',
    '    name: Activities by month',
    '    filters:',
    '      and:',
    '        - coproduction == "activity"',
    ...groupBy('formula.month', 'DESC'),
    ...list('order', ['file.name', 'date', 'phase', 'session', 'rung', ...ROLE_COUNTS, 'decided-by', 'fed-back'], '    '),
    ...sums(ROLE_COUNTS, 'Sum', '    '),
    ...sortBy('date', 'DESC'),
    '  - type: table',
    '    name: Open follow-ups',
    '    filters:',
    '      and:',
    '        - coproduction == "reflection"',
    '        - \'!note["follow-up"].isEmpty()\'',
    '        - \'note["follow-up-state"] != "applied"\'',
    '        - \'note["follow-up-state"] != "dropped"\'',
    ...list('order', ['file.name', 'date', 'author', 'follow-up', 'phase'], '    '),
    ...sortBy('date', 'ASC'),
    '  - type: table',
    '    name: Rewards by role',
    '    filters:',
    '      and:',
    '        - coproduction == "reward"',
    ...groupBy('role', 'ASC'),
    ...list('order', ['file.name', 'date', 'participant', 'role', 'type', 'hours', 'amount', 'currency', 'benefits-advice'], '    '),
    ...sums(['hours', 'amount'], 'Sum', '    '),
    '  - type: table',
    '    name: Assessments',
    '    filters:',
    '      and:',
    '        - coproduction == "assessment"',
    ...groupBy('perspective', 'ASC'),
    ...list('order', ['file.name', 'date', 'author', 'perspective', ...INGREDIENT_IDS], '    '),
    ...sums(INGREDIENT_IDS, 'Average', '    '),
    '  - type: table',
    '    name: Evidence by ingredient',
    '    filters:',
    '      or:',
    '        - coproduction == "activity"',
    '        - coproduction == "reflection"',
    ...list('order', ['file.name', 'coproduction', 'date', ...ingredientColumns], '    '),
    ...sums(ingredientColumns, 'Checked', '    '),
  ];
  return `${lines.join('\n')}\n`;
}
