/** Evidence listed in a note's properties, added where no line of the note already shows it. */
import { BARRIER_IDS, INGREDIENT_IDS, normaliseWord } from '../domain';
import type { BodyReading } from './body';
import type { FrontmatterBlock } from './frontmatter';
import type { BarrierMark, EvidenceMark } from './record';

/** Where properties are written, found only if a problem or a listed piece needs a line. */
export interface PropertyPlaces {
  get(property: string): number | undefined;
}

/** What the properties add: listed pieces no line shows, each placed on its property's line. */
export interface ListedEvidence {
  evidence: EvidenceMark[];
  gaps: EvidenceMark[];
  barrierMarks: BarrierMark[];
}

/**
 * The `ingredients`, `gaps`, `barriers` and `tags` properties are evidence too, placed on
 * their property's line, but only for what no line of the note already shows: one note
 * never counts twice for one ingredient. Their quote is chosen later, from the note's words.
 */
export function propertyEvidence(
  checked: Record<string, unknown>,
  body: BodyReading,
  lineOf: PropertyPlaces,
  block: FrontmatterBlock,
): ListedEvidence | undefined {
  const props = checked as { ingredients?: string[]; gaps?: string[]; barriers?: string[]; tags?: unknown };
  if (!props.ingredients?.length && !props.gaps?.length && !props.barriers?.length && props.tags === undefined) return undefined;
  const tags = tagsOf(props.tags);
  const lineOfProperty = (property: string) => lineOf.get(property) ?? block.firstLine;
  /** What the property (or a `family/value` in `tags`) adds that no line already shows, with its line. */
  const listedOnly = (property: string, family: string, known: readonly string[], shown: readonly string[]) => {
    // Most listed ids are already shown by a line: nothing is allocated for those.
    let added: { id: string; line: number }[] | undefined;
    const consider = (id: string, from: string) => {
      const at = known.indexOf(id);
      if (at === -1 || shown.includes(id) || added?.some((piece) => piece.id === id)) return;
      // The property's line is looked up only now.
      (added ??= []).push({ id: known[at]!, line: lineOfProperty(from) });
    };
    const listed = (props as Record<string, unknown>)[property];
    if (Array.isArray(listed)) for (const id of listed as string[]) consider(id, property);
    for (const tag of tags) if (tag.family === family) consider(tag.value, 'tags');
    return added ?? [];
  };
  const asMark = ({ id, line }: { id: string; line: number }): EvidenceMark => ({
    ingredient: id as EvidenceMark['ingredient'],
    line,
    source: 'property',
    text: '',
  });
  const evidence = listedOnly('ingredients', 'ingredient', INGREDIENT_IDS, body.marks.shownIngredients(false));
  const gaps = listedOnly('gaps', 'gap', INGREDIENT_IDS, body.marks.shownIngredients(true));
  const barriers = listedOnly('barriers', 'barrier', BARRIER_IDS, body.marks.shownBarriers());
  if (evidence.length + gaps.length + barriers.length === 0) return undefined;
  return {
    evidence: evidence.map(asMark),
    gaps: gaps.map(asMark),
    barrierMarks: barriers.map(({ id, line }): BarrierMark => ({ barrier: id as BarrierMark['barrier'], line, source: 'property', text: '' })),
  };
}

/** Obsidian's `tags` property: a list or a line of words, each `family/value`, `#` optional, any case. */
function tagsOf(value: unknown): { family: string; value: string }[] {
  const words = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const tags: { family: string; value: string }[] = [];
  for (const word of words) {
    if (typeof word !== 'string') continue;
    const slash = word.indexOf('/');
    if (slash === -1) continue;
    const family = word.slice(0, slash).replace(/^#/, '').trim().toLowerCase();
    tags.push({ family, value: normaliseWord(word.slice(slash + 1)) });
  }
  return tags;
}
