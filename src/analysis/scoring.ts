/** Scores a project against the six ingredients, from the evidence in its notes. */
import { eachMonthOfInterval, format, parseISO } from 'date-fns';
import { INGREDIENTS, INGREDIENT_IDS, daysBetween, monthOf, plural, type IngredientId, type IsoDate, type RoleId } from '../domain';
import type { EvidenceMark, NoteRecord } from '../model';
import type { EvidenceItem, IngredientScore, TrendSeries } from './dashboard-types';
import { authorRole, hasLivedExperience, isWithdrawnVoice, noteAuthor, noteDate, type ProjectNotes } from './project-notes';
import { listedQuote, propertyQuote, type Quote } from './quotes';
import { LEVEL_NAMES, LEVEL_RULES, type Level, type ScoringSettings } from './thresholds';

const WITHHELD: Quote = { text: 'Words not shown: this person has withdrawn.', quotable: false };

/**
 * Every piece of evidence in the project (or, with `sign: 'gap'`, every gap), once per note,
 * line and ingredient, oldest first. Each carries the words that explain it, worked out
 * only when something reads them.
 */
export function collectEvidence(
  notes: ProjectNotes,
  asOf: IsoDate,
  settings: ScoringSettings,
  sign: 'strength' | 'gap' = 'strength',
): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const record of notes.countedByDate) {
    if ((sign === 'gap' ? record.gaps : record.evidence).length === 0) continue;
    const pieces = noteEvidence(notes, record, asOf, settings);
    for (const item of sign === 'gap' ? pieces.gaps : pieces.strengths) items.push(item);
  }
  return items;
}

/** One note's pieces of evidence and gaps, each list in line order. */
interface NoteEvidence {
  /** What the pieces depend on besides the note itself: its author's role, lived experience, withdrawal, recency. */
  key: string;
  strengths: EvidenceItem[];
  gaps: EvidenceItem[];
}

/** Records are never changed (the index replaces a record on every change), so their pieces are kept with them. */
const evidenceOfNote = new WeakMap<NoteRecord, NoteEvidence>();

/** A note's pieces, made again only when the note, its author's role or standing, or its recency changed. */
export function noteEvidence(notes: ProjectNotes, record: NoteRecord, asOf: IsoDate, settings: ScoringSettings): NoteEvidence {
  const date = noteDate(record);
  const author = noteAuthor(record);
  const role = authorRole(notes, author);
  const livedExperience = hasLivedExperience(notes, record);
  const withdrawn = isWithdrawnVoice(notes, record);
  const age = date === undefined ? undefined : daysBetween(date, asOf);
  const recent = age !== undefined && age >= 0 && age <= settings.recentDays;
  const key = `${role ?? ''}|${livedExperience}|${withdrawn}|${recent}`;
  const cached = evidenceOfNote.get(record);
  if (cached?.key === key) return cached;
  const made = (marks: readonly EvidenceMark[]): EvidenceItem[] => {
    const items: { item: EvidenceItem; line: number }[] = [];
    const seen = new Set<string>();
    for (const mark of marks) {
      const seenKey = `${mark.ingredient}:${mark.line}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      items.push({ item: lazyItem(record, mark, { date, author, role, recent, livedExperience, withdrawn }), line: mark.line });
    }
    // Within a note, pieces go by line. A listed piece's quote may sit on another line, but a note
    // lists an ingredient only where no line shows it, so each ingredient's order is the same either way.
    return items.sort((a, b) => a.line - b.line).map((entry) => entry.item);
  };
  const pieces: NoteEvidence = { key, strengths: made(record.evidence), gaps: made(record.gaps) };
  evidenceOfNote.set(record, pieces);
  return pieces;
}

interface ItemContext {
  date: IsoDate | undefined;
  author: string | undefined;
  role: RoleId | undefined;
  recent: boolean;
  livedExperience: boolean;
  withdrawn: boolean;
}

/**
 * A piece of evidence whose words (and, for a listed ingredient, the line they sit on) are
 * worked out when first read: picking a listed ingredient's sentence runs the suggestion scorer.
 * The getters are the object's own, in the order of the model's JSON.
 */
function lazyItem(record: NoteRecord, mark: EvidenceMark, context: ItemContext): EvidenceItem {
  const { date, author, role, recent, livedExperience, withdrawn } = context;
  let quote: Quote | undefined;
  const quoted = (): Quote =>
    (quote ??= withdrawn
      ? WITHHELD
      : mark.source === 'property'
        ? propertyQuote(record, mark.ingredient)
        : mark.text === ''
          ? listedQuote(record)
          : { text: mark.text, quotable: true });
  return {
    path: record.path,
    get line(): number {
      return mark.source === 'property' ? (quoted().line ?? mark.line) : mark.line;
    },
    title: record.title,
    ingredient: mark.ingredient,
    ...(date ? { date } : {}),
    ...(author ? { author } : {}),
    ...(role ? { role } : {}),
    kind: record.kind as EvidenceItem['kind'],
    source: mark.source,
    get text(): string {
      return quoted().text;
    },
    get quotable(): boolean {
      return quoted().quotable;
    },
    recent,
    livedExperience,
    ...(withdrawn ? { withdrawn: true as const } : {}),
  };
}

export function scoreIngredients(evidence: EvidenceItem[], settings: ScoringSettings, gaps: EvidenceItem[] = []): IngredientScore[] {
  const strengths = byIngredient(evidence);
  const shortfalls = byIngredient(gaps);
  return INGREDIENTS.map((ingredient) => {
    const items = strengths.get(ingredient.id) ?? [];
    const gapItems = shortfalls.get(ingredient.id) ?? [];
    let recent = 0;
    let livedExperience = 0;
    let lastSeen: IsoDate | undefined;
    // Someone who withdrew is not a current voice.
    const people = new Set<string>();
    const roleSet = new Set<RoleId>();
    for (const item of items) {
      if (item.role !== undefined) roleSet.add(item.role);
      if (item.date !== undefined && (lastSeen === undefined || item.date > lastSeen)) lastSeen = item.date;
      if (!item.recent) continue;
      recent++;
      if (item.livedExperience) livedExperience++;
      if (!item.withdrawn && item.author) people.add(item.author.toLowerCase());
    }
    const roles = [...roleSet].sort();
    const figures = { total: items.length, recent, voices: people.size, livedExperience };
    const level = levelFor(figures);
    return {
      id: ingredient.id,
      name: ingredient.name,
      haveItWhen: ingredient.haveItWhen,
      level,
      levelName: LEVEL_NAMES[level],
      ...figures,
      roles,
      ...(lastSeen !== undefined ? { lastSeen } : {}),
      nextStep: nextStep(level, figures, settings),
      evidence: [...items].reverse(),
      gaps: gapItems.length,
      gapEvidence: [...gapItems].reverse(),
    };
  });
}

function byIngredient(items: readonly EvidenceItem[]): Map<IngredientId, EvidenceItem[]> {
  const buckets = new Map<IngredientId, EvidenceItem[]>();
  for (const item of items) {
    const bucket = buckets.get(item.ingredient);
    if (bucket) bucket.push(item);
    else buckets.set(item.ingredient, [item]);
  }
  return buckets;
}

interface Figures {
  total: number;
  recent: number;
  voices: number;
  livedExperience: number;
}

export function levelFor({ total, recent, voices, livedExperience }: Figures): Level {
  const strong = LEVEL_RULES.goingStrong;
  if (recent >= strong.recent && voices >= strong.voices && livedExperience >= strong.livedExperience) return 3;
  if (recent >= LEVEL_RULES.onTheWay.recent && voices >= LEVEL_RULES.onTheWay.voices) return 2;
  if (total >= LEVEL_RULES.startingOut.total) return 1;
  return 0;
}

/** Says exactly what the next level needs that the evidence does not show yet. */
function nextStep(level: Level, figures: Figures, { recentDays }: ScoringSettings): string {
  if (level === 3) return '';
  if (level === 0) return 'Record one piece of evidence: tick a checklist line, add a tag or list it in a note\'s ingredients.';
  const rule = level === 1 ? LEVEL_RULES.onTheWay : LEVEL_RULES.goingStrong;
  const needs: string[] = [];
  if (figures.recent < rule.recent) {
    needs.push(`${plural(rule.recent - figures.recent, 'more piece', 'more pieces')} of evidence from the last ${recentDays} days`);
  }
  if (figures.voices < rule.voices) {
    needs.push(`evidence from ${plural(rule.voices - figures.voices, 'more person', 'more people')}`);
  }
  if ('livedExperience' in rule && figures.livedExperience < rule.livedExperience) {
    needs.push('recent evidence from someone with lived experience');
  }
  return `To reach "${LEVEL_NAMES[level + 1]}": ${needs.join(', ')}.`;
}

/** Evidence per ingredient per month, from the project's start (or first evidence) to the as-of month. */
export function trendOf(evidence: EvidenceItem[], start: IsoDate | undefined, asOf: IsoDate, end?: IsoDate): TrendSeries {
  let first = start;
  for (const item of evidence) {
    if (item.date !== undefined && item.date <= asOf && (first === undefined || item.date < first)) first = item.date;
  }
  const last = end !== undefined && end < asOf ? end : asOf;
  const months =
    first === undefined || first > last
      ? []
      : eachMonthOfInterval({ start: parseISO(first), end: parseISO(last) }).map((month) => format(month, 'yyyy-MM'));
  const byIngredient = Object.fromEntries(INGREDIENT_IDS.map((id) => [id, months.map(() => 0)])) as Record<
    IngredientId,
    number[]
  >;
  const position = new Map(months.map((month, i) => [month, i]));
  for (const item of evidence) {
    if (item.date === undefined || item.date > asOf) continue;
    const at = position.get(monthOf(item.date));
    if (at !== undefined) byIngredient[item.ingredient][at]!++;
  }
  return { months, byIngredient };
}
