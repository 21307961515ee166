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
  const listing: Listing = { props: checked, tags: tagsOf(props.tags), lineOf, firstLine: block.firstLine };
  const evidence = listedOnly(listing, 'ingredients', 'ingredient', INGREDIENT_IDS, body.marks.shownIngredients(false));
  const gaps = listedOnly(listing, 'gaps', 'gap', INGREDIENT_IDS, body.marks.shownIngredients(true));
  const barriers = listedOnly(listing, 'barriers', 'barrier', BARRIER_IDS, body.marks.shownBarriers());
  if (evidence.length + gaps.length + barriers.length === 0) return undefined;
  return {
    evidence: evidence.map(asEvidence),
    gaps: gaps.map(asEvidence),
    barrierMarks: barriers.map(({ id, line }): BarrierMark => ({ barrier: id as BarrierMark['barrier'], line, source: 'property', text: '' })),
  };
}

/** What one note's properties list, and how to find the line each is written on. */
interface Listing {
  props: Record<string, unknown>;
  tags: { family: string; value: string }[];
  lineOf: PropertyPlaces;
  /** Where a property whose line cannot be found is placed: the block's first line. */
  firstLine: number;
}

interface ListedPiece {
  id: string;
  line: number;
}

/**
 * What the property (or a `family/value` in `tags`) adds that no line already shows, with its
 * line. Most listed ids are already shown by a line: nothing is allocated for those.
 */
function listedOnly(listing: Listing, property: string, family: string, known: readonly string[], shown: readonly string[]): ListedPiece[] {
  let added: ListedPiece[] | undefined;
  const listed = listing.props[property];
  if (Array.isArray(listed)) for (const id of listed as string[]) added = withListed(listing, added, id, property, known, shown);
  for (const tag of listing.tags) if (tag.family === family) added = withListed(listing, added, tag.value, 'tags', known, shown);
  return added ?? [];
}

/** `added` with `id` at the end, if it is a known id that no line shows and not added yet. */
function withListed(listing: Listing, added: ListedPiece[] | undefined, id: string, from: string, known: readonly string[], shown: readonly string[]): ListedPiece[] | undefined {
  const at = known.indexOf(id);
  if (at === -1 || shown.includes(id) || (added !== undefined && holds(added, id))) return added;
  // The property's line is looked up only now.
  (added ??= []).push({ id: known[at]!, line: listing.lineOf.get(from) ?? listing.firstLine });
  return added;
}

function holds(pieces: readonly ListedPiece[], id: string): boolean {
  for (const piece of pieces) if (piece.id === id) return true;
  return false;
}

function asEvidence({ id, line }: ListedPiece): EvidenceMark {
  return { ingredient: id as EvidenceMark['ingredient'], line, source: 'property', text: '' };
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
