/**
 * Suggest likely ingredients for a note, or for one line of it, from its words.
 *
 * Deliberately explainable: a hand-written word list per ingredient (./suggest-lexicon.ts)
 * plus the words of the six definitions and their indicators (src/domain/ingredients.ts),
 * matched on word stems (the Porter stemmer, so "recognised", "recognition" and
 * "recognises" meet) as well as on regular inflections. Words that name co-production
 * itself point nowhere. A match inside a negated clause ("nobody was paid", "no training
 * was offered", "lack of recognition") counts towards a gap, never towards evidence.
 * Every suggestion lists the words that triggered it and where, so the user can judge it.
 * Suggestions are hints only: the caller shows them apart from the evidence and counts
 * nothing until the user accepts one.
 */
import { stemmer } from 'stemmer';
import { INGREDIENTS, INGREDIENT_IDS, type IngredientId } from '../domain/ingredients';
import { isTemplateHint } from '../model/body';
import { BACKWARD_CUES, NEGATION_CONTRASTS, NEGATION_CUES, SUGGEST_LEXICON, SUGGEST_STOP_WORDS, type LexiconEntry } from './suggest-lexicon';
import { compareText } from '../domain';

export interface SuggestionReason {
  /** The words as they appear in the text (lower-cased, markdown removed). For a gap, from the negating word on. */
  phrase: string;
  /** 1-based line in the given text. */
  line: number;
  /** What this match added to the score. */
  weight: number;
}

export interface IngredientSuggestion {
  ingredient: IngredientId;
  score: number;
  /** Strongest first; each word or phrase of the lexicon once, as first found, however often it recurs. */
  reasons: SuggestionReason[];
  /** Present (and true) when the words say the ingredient is missing: offer `#gap/`, never `#ingredient/`. */
  gap?: true;
}

export interface SuggestOptions {
  /** Only suggestions scoring at least this are returned. Default 1.5: one good sign, or two weak hints. */
  minScore?: number;
  /** At most this many suggestions. Default 3. */
  limit?: number;
  /** Also return gap suggestions (`gap: true`). Default false: evidence only, negated words left out. */
  gaps?: boolean;
}

export const DEFAULT_MIN_SCORE = 1.5;
export const DEFAULT_LIMIT = 3;
/** Added to the weight of a match of two or more words: a phrase is better evidence than a word. */
export const PHRASE_BONUS = 0.5;
/** Weight of a word taken from an ingredient's definition or indicators alone. */
export const DEFINITION_WEIGHT = 0.75;
/** A negating word reaches this many words ahead, within its clause. */
const NEGATION_REACH_AHEAD = 8;
/** …and this many words back ("travel costs were not covered"). */
const NEGATION_REACH_BACK = 3;

interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
  /** Clause number within the line: punctuation and "but" start a new one. */
  clause: number;
}

type WordMatcher = { forms: ReadonlySet<string>; stem: string } | { prefix: string };

interface CompiledEntry {
  ingredient: IngredientId;
  words: readonly WordMatcher[];
  weight: number;
  /** The words name the ingredient's absence ("felt used"): a gap as written, evidence when negated. */
  absence: boolean;
  /** A negation leaves the sign as it is. */
  fixed: boolean;
}

interface Match {
  entry: CompiledEntry;
  start: number;
  length: number;
}

/** Lower-case, accents and apostrophes dropped; "group's" becomes "group". */
function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
}

const stemCache = new Map<string, string>();
/** The Porter stem, or the word itself when it is short or the stem would be (so "used" never meets "us"). */
export function stemOf(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let stem = word.length <= 3 ? word : stemmer(word);
  if (stem.length < 3) stem = word;
  if (stemCache.size > 20_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of line.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    if (/[.,;:!?()\u2013\u2014]/u.test(line.slice(last, m.index))) clause++;
    last = m.index + m[0].length;
    const word = normaliseWord(m[0]);
    if (!word) continue;
    if (word === 'but' || word === 'however' || word === 'although' || word === 'though') clause++;
    tokens.push({ word, stem: stemOf(word), start: m.index, end: last, clause });
  }
  return tokens;
}

/** A base form and its regular inflections: plural, -ed and -ing, with the usual spelling rules. */
export function inflections(base: string): Set<string> {
  const out = new Set([base, `${base}s`, `${base}es`, `${base}ed`, `${base}ing`]);
  if (base.endsWith('e')) {
    out.add(`${base}d`);
    out.add(`${base.slice(0, -1)}ing`);
  }
  if (/[^aeiou]y$/.test(base)) {
    out.add(`${base.slice(0, -1)}ies`);
    out.add(`${base.slice(0, -1)}ied`);
  }
  if (/(?:^|[^aeiou])[aeiou][bdgk-nprt]$/.test(base)) {
    const doubled = base + base.slice(-1);
    out.add(`${doubled}ed`);
    out.add(`${doubled}ing`);
  }
  return out;
}

function compile(ingredient: IngredientId, entry: LexiconEntry): CompiledEntry {
  const words: WordMatcher[] = entry.phrase
    .split(/[^\p{L}\p{N}'’*]+/u)
    .filter((w) => w.length > 0)
    .map((w) => {
      if (w.endsWith('*')) return { prefix: normaliseWord(w.slice(0, -1)) };
      const base = normaliseWord(w);
      return { forms: inflections(base), stem: stemOf(base) };
    });
  return { ingredient, words, weight: entry.weight + (words.length > 1 ? PHRASE_BONUS : 0), absence: entry.absence === true, fixed: entry.negatable === false };
}

/**
 * Words of each ingredient's "you have it when" line and indicators, as stems, where the stem
 * belongs to that ingredient's wording alone and the word list does not already hold it.
 */
function definitionEntries(handWritten: ReadonlySet<string>): CompiledEntry[] {
  const owners = new Map<string, Set<IngredientId>>();
  for (const ingredient of INGREDIENTS) {
    for (const sentence of [ingredient.haveItWhen, ...ingredient.indicators]) {
      for (const { word, stem } of tokenize(sentence)) {
        if (word.length < 4 || SUGGEST_STOP_WORDS.has(word) || handWritten.has(stem)) continue;
        owners.set(stem, (owners.get(stem) ?? new Set()).add(ingredient.id));
      }
    }
  }
  const out: CompiledEntry[] = [];
  for (const [stem, ids] of owners) {
    if (ids.size !== 1) continue;
    const [ingredient] = [...ids] as [IngredientId];
    out.push({ ingredient, words: [{ forms: new Set([stem]), stem }], weight: DEFINITION_WEIGHT, absence: false, fixed: false });
  }
  return out;
}

interface CompiledLexicon {
  /** Entries by the stem of their first word. */
  byFirstStem: Map<string, CompiledEntry[]>;
  /** Entries by each spelling of their first word (where the stem differs). */
  byFirstWord: Map<string, CompiledEntry[]>;
  /** Entries whose first word is a prefix, tried at every word. */
  prefixed: CompiledEntry[];
}

let compiled: CompiledLexicon | undefined;
function lexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const byFirstStem = new Map<string, CompiledEntry[]>();
  const byFirstWord = new Map<string, CompiledEntry[]>();
  const prefixed: CompiledEntry[] = [];
  const hand = INGREDIENT_IDS.flatMap((id) => SUGGEST_LEXICON[id].map((e) => compile(id, e)));
  const handStems = new Set(hand.flatMap((e) => e.words.map((w) => ('stem' in w ? w.stem : w.prefix))));
  const push = (map: Map<string, CompiledEntry[]>, key: string, entry: CompiledEntry): void => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(entry)) list.push(entry);
    } else map.set(key, [entry]);
  };
  for (const entry of [...hand, ...definitionEntries(handStems)]) {
    const first = entry.words[0];
    if (!first) continue;
    if (!('forms' in first)) {
      prefixed.push(entry);
      continue;
    }
    push(byFirstStem, first.stem, entry);
    for (const form of first.forms) if (stemOf(form) !== first.stem) push(byFirstWord, form, entry);
  }
  compiled = { byFirstStem, byFirstWord, prefixed };
  return compiled;
}

function wordMatches(w: WordMatcher, token: Token): boolean {
  return 'forms' in w ? w.stem === token.stem || w.forms.has(token.word) : token.word.startsWith(w.prefix);
}

function matchesAt(entry: CompiledEntry, tokens: readonly Token[], start: number): boolean {
  if (start + entry.words.length > tokens.length) return false;
  return entry.words.every((w, i) => wordMatches(w, tokens[start + i]!));
}

/** Tokens that name co-production itself ("co-production", "coproduce", "co-created"): they point to no ingredient. */
function stopCoproduction(tokens: readonly Token[], used: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    if (/^co(?:produc|creat)/.test(word)) used[i] = true;
    else if (word === 'co' && i + 1 < tokens.length && /^(?:produc|creat)/.test(tokens[i + 1]!.word)) {
      used[i] = true;
      used[i + 1] = true;
    }
  }
}

/**
 * Where each negating word is (a cue such as "no", "never", "nobody", "lack", "without"), minus
 * contrasts that are not negations ("not just", "not only", "rather than", "no longer").
 */
function negationCues(tokens: readonly Token[], inPhrase: readonly boolean[]): number[] {
  const cues: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    // A cue read as part of a phrase ("couldn't tell", "no pressure") is that phrase's own.
    if (inPhrase[i]) continue;
    if (!NEGATION_CUES.has(word)) continue;
    const next = tokens[i + 1];
    if (next && next.clause === tokens[i]!.clause && NEGATION_CONTRASTS.has(`${word} ${next.word}`)) continue;
    cues.push(i);
  }
  return cues;
}

/** The cue that negates a match, if any: one shortly before it, or just after it, in the same clause. */
function negatingCue(cues: readonly number[], tokens: readonly Token[], start: number, length: number): number | undefined {
  const clause = tokens[start]!.clause;
  const end = start + length - 1;
  let found: number | undefined;
  for (const cue of cues) {
    if (tokens[cue]!.clause !== clause) continue;
    if (cue >= start && cue <= end) return undefined; // the phrase holds its own negation ("no pressure")
    if (cue < start && start - cue <= NEGATION_REACH_AHEAD) found = cue;
    else if (cue > end && cue - end <= NEGATION_REACH_BACK && found === undefined && BACKWARD_CUES.has(tokens[cue]!.word)) found = cue;
  }
  return found;
}

/** One match as read: which ingredient, which sign, the words, how strong. */
interface Reading {
  entry: CompiledEntry;
  gap: boolean;
  phrase: string;
}

/** Every match on one line, longest phrases first, each word read once, with its sign. */
function readLine(lineText: string): Reading[] {
  const tokens = tokenize(lineText);
  if (tokens.length === 0) return [];
  const { byFirstStem, byFirstWord, prefixed } = lexicon();
  const candidates: Match[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start]!;
    const entries = [...(byFirstStem.get(token.stem) ?? []), ...(byFirstWord.get(token.word) ?? []), ...prefixed];
    for (const entry of entries) {
      if (matchesAt(entry, tokens, start)) candidates.push({ entry, start, length: entry.words.length });
    }
  }
  if (candidates.length === 0) return [];
  // Longest first, then strongest; earlier lexicon order settles the rest (sort is stable).
  candidates.sort((a, b) => b.length - a.length || b.entry.weight - a.entry.weight || a.start - b.start);
  const used = new Array<boolean>(tokens.length).fill(false);
  stopCoproduction(tokens, used);
  const chosen: Match[] = [];
  const inPhrase = new Array<boolean>(tokens.length).fill(false);
  for (const match of candidates) {
    const { start, length } = match;
    if (used.slice(start, start + length).some(Boolean)) continue;
    used.fill(true, start, start + length);
    if (length > 1) inPhrase.fill(true, start, start + length);
    chosen.push(match);
  }
  const cues = negationCues(tokens, inPhrase);
  const out: Reading[] = [];
  for (const { entry, start, length } of chosen) {
    const cue = entry.fixed ? undefined : negatingCue(cues, tokens, start, length);
    const gap = (cue !== undefined) !== entry.absence;
    out.push({ entry, gap, phrase: phraseOf(lineText, tokens, start, length, gap ? cue : undefined) });
  }
  return out;
}

/** The matched words as written; for a gap, with the negating word: "nobody was paid", or "no … voucher" when far apart. */
function phraseOf(lineText: string, tokens: readonly Token[], start: number, length: number, cue: number | undefined): string {
  const end = start + length - 1;
  const span = (from: number, to: number): string => lineText.slice(tokens[from]!.start, tokens[to]!.end).toLowerCase();
  if (cue === undefined) return span(start, end);
  if (cue < start) return start - cue <= 3 ? span(cue, end) : `${span(cue, cue)} … ${span(start, end)}`;
  return cue - end <= 3 ? span(start, cue) : `${span(start, end)} … ${span(cue, cue)}`;
}

/** A line that already carries an ingredient or gap tag is the user's own reading; never suggest on it. */
function isTagged(line: string): boolean {
  return /#(?:ingredient|gap)\//i.test(line);
}

/** Headings and whole-line italics are the template's questions and hints; an unticked checklist line is a sign not seen yet. */
function isScaffolding(trimmed: string): boolean {
  return /^#{1,6}\s/.test(trimmed) || isTemplateHint(trimmed) || /^[-*+]\s+\[ \]/.test(trimmed);
}

/**
 * Markdown reduced to its words: links to their text, tags, URLs, comments and callout
 * markers removed. What remains is matched; the rest of the syntax is not a word anyway.
 */
/**
 * The line with each `<!-- … -->` and `%% … %%` comment replaced by a space, as
 * `/<!--.*?-->|%%.*?%%/g` would, in one pass: that expression read to the end of the line
 * again from every unclosed opener, quadratic on a line of many.
 */
export function withoutComments(line: string): string {
  let out = '';
  let from = 0;
  let htmlOpen = true;
  let percentOpen = true;
  for (;;) {
    const html = htmlOpen ? line.indexOf('<!--', from) : -1;
    const percent = percentOpen ? line.indexOf('%%', from) : -1;
    if (html === -1 && percent === -1) break;
    const isHtml = html !== -1 && (percent === -1 || html < percent);
    const open = isHtml ? html : percent;
    const close = isHtml ? line.indexOf('-->', open + 4) : line.indexOf('%%', open + 2);
    if (close === -1) {
      // No closing mark after this opener means none after any later opener of its kind.
      if (isHtml) htmlOpen = false;
      else percentOpen = false;
      continue;
    }
    out += `${line.slice(from, open)} `;
    from = close + (isHtml ? 3 : 2);
  }
  return out + line.slice(from);
}

function stripMarkdown(line: string): string {
  return withoutComments(line)
    // No [ inside the brackets, so a long run of [ is read once, not once per [ (linear).
    .replace(/\[\[[^[\]|]*\|([^[\]]*)\]\]/g, '$1')
    .replace(/\[([^[\]]*)\]\([^()[\]]*\)/g, '$1')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/^\s*>\s*\[![^\]]*\][+-]?/, ' ')
    .replace(/(^|\s)#[\p{L}\p{N}_/-]+/gu, '$1')
    .replace(/^\s*[\p{L}\p{N}_-]+::/u, ' ');
}

/** The lines worth reading, with their 1-based numbers: no frontmatter, code, comments or tagged lines. */
function readableLines(text: string): { line: number; text: string }[] {
  const lines = text.split(/\r?\n/);
  let from = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (close > 0) from = close + 1;
  }
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const commentMarks = (raw.match(/%%/g) ?? []).length;
    if (inComment || commentMarks % 2 === 1) {
      if (commentMarks % 2 === 1) inComment = !inComment;
      continue;
    }
    if (isTagged(raw)) continue;
    // Headings and whole-line italics are the template's questions and hints, not what the
    // team wrote; an unticked checklist line is a sign not seen yet. None of them is evidence.
    if (isScaffolding(trimmed)) continue;
    out.push({ line: i + 1, text: stripMarkdown(raw) });
  }
  return out;
}

type Tally = Map<string, { ingredient: IngredientId; gap: boolean; reasons: Map<CompiledEntry, SuggestionReason> }>;

function tally(found: Tally, line: number, readings: readonly Reading[]): void {
  for (const { entry, gap, phrase } of readings) {
    const key = `${entry.ingredient}${gap ? ' gap' : ''}`;
    const slot = found.get(key) ?? { ingredient: entry.ingredient, gap, reasons: new Map<CompiledEntry, SuggestionReason>() };
    found.set(key, slot);
    if (!slot.reasons.has(entry)) slot.reasons.set(entry, { phrase, line, weight: entry.weight });
  }
}

function ranked(found: Tally): IngredientSuggestion[] {
  const out: IngredientSuggestion[] = [];
  for (const ingredient of INGREDIENT_IDS) {
    for (const gap of [false, true]) {
      const slot = found.get(`${ingredient}${gap ? ' gap' : ''}`);
      if (!slot) continue;
      const reasons = dedupe([...slot.reasons.values()]);
      const score = round(reasons.reduce((sum, r) => sum + r.weight, 0));
      out.push({ ingredient, score, reasons, ...(gap ? { gap: true as const } : {}) });
    }
  }
  // Array.prototype.sort is stable, so equal scores keep INGREDIENT_IDS order, evidence before gap.
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The full ranking for `text`: every ingredient its words point to, as evidence and as a gap
 * (`gap: true`), best first, with scores and reasons. The caller decides what to show.
 */
export function rankIngredients(text: string): IngredientSuggestion[] {
  const found: Tally = new Map();
  for (const { line, text: lineText } of readableLines(text)) tally(found, line, readLine(lineText));
  return ranked(found);
}

/**
 * The full ranking for one line of a note, as the editor sees it (line 1 in the reasons).
 * Empty for a tagged line, a heading, a template hint or an unticked checklist line; the
 * caller skips frontmatter, code and comments, which need the lines around it.
 */
export function rankLine(lineText: string): IngredientSuggestion[] {
  const trimmed = lineText.trim();
  if (trimmed === '' || isTagged(lineText) || isScaffolding(trimmed)) return [];
  const found: Tally = new Map();
  tally(found, 1, readLine(stripMarkdown(lineText)));
  return ranked(found);
}

/**
 * Likely ingredients for `text`, best first, each with the words that triggered it: the full
 * ranking cut at `minScore` and `limit`, evidence only unless `gaps` is set.
 * Where phrases overlap, the longest wins (so "peer support" is not also read as "peer").
 * Ties are broken by the order of INGREDIENT_IDS, so the result is deterministic.
 */
export function suggestIngredients(text: string, options: SuggestOptions = {}): IngredientSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const limit = options.limit ?? DEFAULT_LIMIT;
  return rankIngredients(text)
    .filter((s) => (options.gaps === true || s.gap !== true) && s.score >= minScore)
    .slice(0, Math.max(0, limit));
}

/** One reason per phrase as written, strongest first, then by line. */
function dedupe(reasons: SuggestionReason[]): SuggestionReason[] {
  const sorted = [...reasons].sort(
    (a, b) => b.weight - a.weight || a.line - b.line || compareText(a.phrase, b.phrase),
  );
  const seen = new Set<string>();
  return sorted.filter((r) => {
    if (seen.has(r.phrase)) return false;
    seen.add(r.phrase);
    return true;
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
