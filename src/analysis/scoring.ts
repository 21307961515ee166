/** Scores a project against the six ingredients, from the evidence in its notes. */
import { eachMonthOfInterval, format, parseISO } from 'date-fns';
import { INGREDIENTS, INGREDIENT_IDS, daysBetween, monthOf, plural, type IngredientId, type IsoDate, type RoleId } from '../domain';
import type { EvidenceMark, NoteRecord } from '../model';
import type { EvidenceItem, IngredientScore, TrendSeries } from './dashboard-types';
import { datedAfter, hasLivedExperience, isWithdrawnVoice, noteAuthor, noteDate, noteRole, type ProjectNotes } from './project-notes';
import { listedQuote, propertyQuote, type Quote } from './quotes';
import { LEVEL_NAMES, LEVEL_RULES, type Level, type ScoringSettings } from './thresholds';

const WITHHELD: Quote = { text: 'Words not shown: this person has withdrawn.', quotable: false };

/**
 * Every piece of evidence in the project (or, with `sign: 'gap'`, every gap), once per note,
 * line and ingredient, oldest first; none from a note dated after `asOf`. Each carries the words that explain it, worked out
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
    if ((sign === 'gap' ? record.gaps : record.evidence).length === 0 || datedAfter(record, asOf)) continue;
    const pieces = noteEvidence(notes, record, asOf, settings);
    for (const item of sign === 'gap' ? pieces.gaps : pieces.strengths) items.push(item);
  }
  return items;
}

/** One note's pieces of evidence and gaps, each list in line order, and the same lists by ingredient. */
interface NoteEvidence {
  /** The day and window recency was worked out for. */
  asOf: IsoDate;
  recentDays: number;
  /** Besides the note itself, the pieces depend on its author's role, lived experience, withdrawal and recency. */
  withdrawn: boolean;
  strengths: EvidenceItem[];
  gaps: EvidenceItem[];
  /** The same lists by ingredient (its place in INGREDIENT_IDS), each newest line first. */
  strengthsBy: ByIngredient[];
  gapsBy: ByIngredient[];
  /** Facts every piece of the note shares. */
  date: IsoDate | undefined;
  /** YYYY-MM of `date`. */
  month: string | undefined;
  /** The author in lower case, to look up their role and standing; undefined when the note names none. */
  authorKey: string | undefined;
  recent: boolean;
  livedExperience: boolean;
  role: RoleId | undefined;
  /** Lower-cased author who counts as a current voice: none when unknown or withdrawn. */
  voice: string | undefined;
}

/** One ingredient's pieces of one note, newest line first. */
interface ByIngredient {
  /** The ingredient's place in INGREDIENT_IDS. */
  at: number;
  newestFirst: EvidenceItem[];
}

/** Records are never changed (the index replaces a record on every change), so their pieces are kept with them. */
const evidenceOfNote = new WeakMap<NoteRecord, NoteEvidence>();

/** A note's pieces, made again only when the note, its author's role or standing, or its recency changed. */
export function noteEvidence(notes: ProjectNotes, record: NoteRecord, asOf: IsoDate, settings: ScoringSettings): NoteEvidence {
  const cached = evidenceOfNote.get(record);
  if (cached !== undefined) {
    // The usual case, kept to one lookup per note: the same author standing, the same day. (Lived
    // experience follows from the note and its author's role, so the same role means the same answer.)
    const role = cached.authorKey === undefined ? undefined : notes.roleOfPerson.get(cached.authorKey);
    const withdrawn = notes.withdrawn.size > 0 && isWithdrawnVoice(notes, record);
    const recent =
      cached.asOf === asOf && cached.recentDays === settings.recentDays ? cached.recent : isRecent(cached.date, asOf, settings.recentDays);
    if (cached.role === role && cached.withdrawn === withdrawn && cached.recent === recent) {
      if (cached.asOf !== asOf || cached.recentDays !== settings.recentDays) Object.assign(cached, { asOf, recentDays: settings.recentDays });
      return cached;
    }
  }
  const role = noteRole(notes, record);
  const livedExperience = hasLivedExperience(notes, record);
  const withdrawn = isWithdrawnVoice(notes, record);
  const date = noteDate(record);
  const recent = isRecent(date, asOf, settings.recentDays);
  const author = noteAuthor(record);
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
  const strengths = made(record.evidence);
  const gaps = made(record.gaps);
  const pieces: NoteEvidence = {
    asOf,
    recentDays: settings.recentDays,
    withdrawn,
    strengths,
    gaps,
    strengthsBy: byIngredientOfNote(strengths),
    gapsBy: byIngredientOfNote(gaps),
    date,
    month: date === undefined ? undefined : monthOf(date),
    authorKey: author?.toLowerCase(),
    recent,
    livedExperience,
    role,
    voice: withdrawn || !author ? undefined : author.toLowerCase(),
  };
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

/** Each ingredient's pieces of one note, newest line first, in INGREDIENT_IDS order. */
function byIngredientOfNote(items: readonly EvidenceItem[]): ByIngredient[] {
  const out: ByIngredient[] = [];
  for (let at = 0; at < INGREDIENT_IDS.length; at++) {
    const id = INGREDIENT_IDS[at];
    const newestFirst: EvidenceItem[] = [];
    for (let j = items.length - 1; j >= 0; j--) if (items[j]!.ingredient === id) newestFirst.push(items[j]!);
    if (newestFirst.length > 0) out.push({ at, newestFirst });
  }
  return out;
}

function isRecent(date: IsoDate | undefined, asOf: IsoDate, recentDays: number): boolean {
  if (date === undefined) return false;
  const age = daysBetween(date, asOf);
  return age >= 0 && age <= recentDays;
}

/** Running figures of one ingredient while the notes are added up. */
interface Tally {
  /** Each note's pieces (newest line first), newest note first: joined once at the end. */
  lists: EvidenceItem[][];
  gapLists: EvidenceItem[][];
  total: number;
  recent: number;
  livedExperience: number;
  people: Set<string>;
  roles: Set<RoleId>;
  lastSeen: IsoDate | undefined;
}

/**
 * The six scores and the trend, added up note by note from each note's kept pieces: the same
 * figures as `scoreIngredients(collectEvidence(…))` and `trendOf`, without a pass over every piece.
 */
export function scoreProject(
  notes: ProjectNotes,
  asOf: IsoDate,
  settings: ScoringSettings,
  dates: { start?: IsoDate; end?: IsoDate } = {},
): { ingredients: IngredientScore[]; trend: TrendSeries } {
  const tallies: Tally[] = INGREDIENT_IDS.map(() => ({
    lists: [],
    gapLists: [],
    total: 0,
    recent: 0,
    livedExperience: 0,
    people: new Set<string>(),
    roles: new Set<RoleId>(),
    lastSeen: undefined,
  }));
  /** Per note with dated strengths up to `asOf`: its day, its month and its pieces by ingredient. */
  const dated: NoteEvidence[] = [];
  const counted = notes.countedByDate;
  // Newest note first, so each list is built newest first.
  for (let i = counted.length - 1; i >= 0; i--) {
    const record = counted[i]!;
    if ((record.evidence.length === 0 && record.gaps.length === 0) || datedAfter(record, asOf)) continue;
    const pieces = noteEvidence(notes, record, asOf, settings);
    const { strengthsBy, gapsBy, role, date, recent, livedExperience, voice } = pieces;
    for (let k = 0; k < strengthsBy.length; k++) {
      const { at, newestFirst } = strengthsBy[k]!;
      const tally = tallies[at]!;
      tally.lists.push(newestFirst);
      tally.total += newestFirst.length;
      if (role !== undefined) tally.roles.add(role);
      if (date !== undefined && (tally.lastSeen === undefined || date > tally.lastSeen)) tally.lastSeen = date;
      if (!recent) continue;
      tally.recent += newestFirst.length;
      if (livedExperience) tally.livedExperience += newestFirst.length;
      if (voice !== undefined) tally.people.add(voice);
    }
    for (let k = 0; k < gapsBy.length; k++) {
      const { at, newestFirst } = gapsBy[k]!;
      tallies[at]!.gapLists.push(newestFirst);
    }
    if (date !== undefined && date <= asOf && strengthsBy.length > 0) dated.push(pieces);
  }
  const ingredients = INGREDIENTS.map((ingredient): IngredientScore => {
    const tally = tallies[INGREDIENT_IDS.indexOf(ingredient.id)]!;
    const evidence = joined(tally.lists);
    const gapEvidence = joined(tally.gapLists);
    const figures = { total: tally.total, recent: tally.recent, voices: tally.people.size, livedExperience: tally.livedExperience };
    return ingredientScore(ingredient, figures, tally.roles, tally.lastSeen, evidence, gapEvidence, settings);
  });
  return { ingredients, trend: trendOfNotes(dated, dates.start, asOf, dates.end) };
}

/** Lists joined into one, in order (a few thousand at a time, to stay within the engine's argument limit). */
function joined(lists: readonly EvidenceItem[][]): EvidenceItem[] {
  const none: EvidenceItem[] = [];
  if (lists.length <= 4096) return none.concat(...lists);
  const chunks: EvidenceItem[][] = [];
  for (let start = 0; start < lists.length; start += 4096) chunks.push(none.concat(...lists.slice(start, start + 4096)));
  return none.concat(...chunks);
}

/** `trendOf`, from notes (all of whose pieces share the note's day) rather than from each piece. */
function trendOfNotes(dated: readonly NoteEvidence[], start: IsoDate | undefined, asOf: IsoDate, end?: IsoDate): TrendSeries {
  let first = start;
  for (let i = 0; i < dated.length; i++) {
    const date = dated[i]!.date!;
    if (first === undefined || date < first) first = date;
  }
  const { months, byIngredient, position } = emptyTrend(first, asOf, end);
  const counts = INGREDIENT_IDS.map((id) => byIngredient[id]);
  for (let i = 0; i < dated.length; i++) {
    const { month, strengthsBy } = dated[i]!;
    const at = position.get(month!);
    if (at === undefined) continue;
    for (let k = 0; k < strengthsBy.length; k++) counts[strengthsBy[k]!.at]![at]! += strengthsBy[k]!.newestFirst.length;
  }
  return { months, byIngredient };
}

function emptyTrend(
  first: IsoDate | undefined,
  asOf: IsoDate,
  end: IsoDate | undefined,
): { months: string[]; byIngredient: Record<IngredientId, number[]>; position: Map<string, number> } {
  const last = end !== undefined && end < asOf ? end : asOf;
  const months =
    first === undefined || first > last
      ? []
      : eachMonthOfInterval({ start: parseISO(first), end: parseISO(last) }).map((month) => format(month, 'yyyy-MM'));
  const byIngredient = Object.fromEntries(INGREDIENT_IDS.map((id) => [id, months.map(() => 0)])) as Record<IngredientId, number[]>;
  return { months, byIngredient, position: new Map(months.map((month, i) => [month, i])) };
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
    const figures = { total: items.length, recent, voices: people.size, livedExperience };
    return ingredientScore(ingredient, figures, roleSet, lastSeen, [...items].reverse(), [...gapItems].reverse(), settings);
  });
}

/** One ingredient's score from its figures and its evidence, newest first: both scorers end here. */
function ingredientScore(
  ingredient: (typeof INGREDIENTS)[number],
  figures: { total: number; recent: number; voices: number; livedExperience: number },
  roles: ReadonlySet<RoleId>,
  lastSeen: IsoDate | undefined,
  evidence: EvidenceItem[],
  gapEvidence: EvidenceItem[],
  settings: ScoringSettings,
): IngredientScore {
  const level = levelFor(figures);
  return {
    id: ingredient.id,
    name: ingredient.name,
    haveItWhen: ingredient.haveItWhen,
    level,
    levelName: LEVEL_NAMES[level],
    ...figures,
    roles: [...roles].sort(),
    ...(lastSeen !== undefined ? { lastSeen } : {}),
    nextStep: nextStep(level, figures, settings),
    evidence,
    gaps: gapEvidence.length,
    gapEvidence,
  };
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
  const { months, byIngredient, position } = emptyTrend(first, asOf, end);
  for (const item of evidence) {
    if (item.date === undefined || item.date > asOf) continue;
    const at = position.get(monthOf(item.date));
    if (at !== undefined) byIngredient[item.ingredient][at]!++;
  }
  return { months, byIngredient };
}
