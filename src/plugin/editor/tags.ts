/**
 * The tracker's tags on one line of a note: `#ingredient/<id>`, `#gap/<id>`, `#barrier/<id>`,
 * in any case, as Obsidian matches tags. Pure; the editor lens keeps the results per line.
 */
import { BARRIER_IDS, BARRIER_NAMES, INGREDIENT_BY_ID, isIngredientId, type BarrierId } from '../../domain';

export type TagKind = 'ingredient' | 'gap' | 'barrier';

export interface FoundTag {
  /** Offsets within the line, `#` included. */
  from: number;
  to: number;
  kind: TagKind;
  /** Lower-cased. */
  id: string;
}

// One pass, no nested repetition: linear on any line.
const TAG = /(^|[\s([{])#(ingredient|gap|barrier)\/([\p{L}\p{N}_-]+)/giu;

export function findTags(line: string): FoundTag[] {
  if (!line.includes('#')) return [];
  const out: FoundTag[] = [];
  for (const m of line.matchAll(TAG)) {
    const from = m.index + m[1]!.length;
    out.push({ from, to: m.index + m[0].length, kind: m[2]!.toLowerCase() as TagKind, id: m[3]!.toLowerCase() });
  }
  return out;
}

function isBarrierId(id: string): id is BarrierId {
  return (BARRIER_IDS as readonly string[]).includes(id);
}

/** What a chip says and the symbol before it (never colour alone), or undefined for a tag the tracker does not know. */
export function chipLabel(kind: TagKind, id: string): { symbol: string; text: string; title: string } | undefined {
  if (kind === 'barrier') {
    if (!isBarrierId(id)) return undefined;
    return { symbol: '▲', text: `Barrier: ${BARRIER_NAMES[id].toLowerCase()}`, title: `#barrier/${id}` };
  }
  if (!isIngredientId(id)) return undefined;
  const name = INGREDIENT_BY_ID.get(id)?.name ?? id;
  return kind === 'gap'
    ? { symbol: '○', text: `Gap: ${name.toLowerCase()}`, title: `#gap/${id}: this line says ${name.toLowerCase()} is missing` }
    : { symbol: '●', text: name, title: `#ingredient/${id}: evidence of ${name.toLowerCase()}` };
}

/** A fence line (``` or ~~~) opens or closes a code block. */
export function isFenceLine(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed.startsWith('```') || trimmed.startsWith('~~~');
}
