/**
 * Suggest likely ingredients for a note that carries no ingredient evidence of its own.
 *
 * Deliberately simple and explainable: a hand-written word list per ingredient
 * (./suggest-lexicon.ts), matched on whole words with regular inflections. Every suggestion
 * lists the words that triggered it and where, so the user can judge it. Suggestions are
 * hints only: the caller shows them apart from the evidence and counts nothing until the
 * user accepts one.
 */
import { INGREDIENT_IDS, type IngredientId } from '../domain/ingredients';
import { isTemplateHint } from '../model/body';
import { SUGGEST_LEXICON, type LexiconEntry } from './suggest-lexicon';
import { compareText } from '../domain';

export interface SuggestionReason {
  /** The words as they appear in the text (lower-cased, markdown removed). */
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
}

export interface SuggestOptions {
  /** Only ingredients scoring at least this are returned. Default 1.5: one good sign, or two weak hints. */
  minScore?: number;
  /** At most this many suggestions. Default 3. */
  limit?: number;
}

export const DEFAULT_MIN_SCORE = 1.5;
export const DEFAULT_LIMIT = 3;
/** Added to the weight of a match of two or more words: a phrase is better evidence than a word. */
export const PHRASE_BONUS = 0.5;

interface Token {
  word: string;
  start: number;
  end: number;
}

interface CompiledEntry {
  ingredient: IngredientId;
  /** Per word: the accepted spellings, or a prefix for words written with a trailing `*`. */
  words: readonly ({ forms: ReadonlySet<string> } | { prefix: string })[];
  weight: number;
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

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const m of line.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    const word = normaliseWord(m[0]);
    if (word) tokens.push({ word, start: m.index, end: m.index + m[0].length });
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
  const words = entry.phrase
    .split(/[^\p{L}\p{N}'’*]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (w.endsWith('*') ? { prefix: normaliseWord(w.slice(0, -1)) } : { forms: inflections(normaliseWord(w)) }));
  return { ingredient, words, weight: entry.weight + (words.length > 1 ? PHRASE_BONUS : 0) };
}

interface CompiledLexicon {
  /** Entries by each spelling of their first word. */
  byFirstWord: Map<string, CompiledEntry[]>;
  /** Entries whose first word is a prefix, tried at every word. */
  prefixed: CompiledEntry[];
}

let compiled: CompiledLexicon | undefined;
function lexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const byFirstWord = new Map<string, CompiledEntry[]>();
  const prefixed: CompiledEntry[] = [];
  for (const entry of INGREDIENT_IDS.flatMap((id) => SUGGEST_LEXICON[id].map((e) => compile(id, e)))) {
    const first = entry.words[0];
    if (!first) continue;
    if (!('forms' in first)) prefixed.push(entry);
    else for (const form of first.forms) byFirstWord.set(form, [...(byFirstWord.get(form) ?? []), entry]);
  }
  compiled = { byFirstWord, prefixed };
  return compiled;
}

function matchesAt(entry: CompiledEntry, tokens: readonly Token[], start: number): boolean {
  if (start + entry.words.length > tokens.length) return false;
  return entry.words.every((w, i) => {
    const token = tokens[start + i]!.word;
    return 'forms' in w ? w.forms.has(token) : token.startsWith(w.prefix);
  });
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
    if (/#ingredient\//i.test(raw)) continue;
    // Headings and whole-line italics are the template's questions and hints, not what the
    // team wrote; an unticked checklist line is a sign not seen yet. None of them is evidence.
    if (/^#{1,6}\s/.test(trimmed)) continue;
    if (isTemplateHint(trimmed)) continue;
    if (/^[-*+]\s+\[ \]/.test(trimmed)) continue;
    out.push({ line: i + 1, text: stripMarkdown(raw) });
  }
  return out;
}

/**
 * Likely ingredients for `text`, best first, each with the words that triggered it.
 * Where phrases overlap, the longest wins (so "peer support" is not also read as "peer").
 * Ties are broken by the order of INGREDIENT_IDS, so the result is deterministic.
 */
export function suggestIngredients(text: string, options: SuggestOptions = {}): IngredientSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const { byFirstWord, prefixed } = lexicon();
  const found = new Map<IngredientId, Map<CompiledEntry, SuggestionReason>>();

  for (const { line, text: lineText } of readableLines(text)) {
    const tokens = tokenize(lineText);
    const candidates: Match[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const entry of [...(byFirstWord.get(tokens[start]!.word) ?? []), ...prefixed]) {
        if (matchesAt(entry, tokens, start)) candidates.push({ entry, start, length: entry.words.length });
      }
    }
    // Longest first, then strongest; earlier lexicon order settles the rest (sort is stable).
    candidates.sort((a, b) => b.length - a.length || b.entry.weight - a.entry.weight || a.start - b.start);
    const used = new Array<boolean>(tokens.length).fill(false);
    for (const { entry, start, length } of candidates) {
      if (used.slice(start, start + length).some(Boolean)) continue;
      used.fill(true, start, start + length);
      const reasons = found.get(entry.ingredient) ?? new Map<CompiledEntry, SuggestionReason>();
      found.set(entry.ingredient, reasons);
      if (reasons.has(entry)) continue;
      const phrase = lineText.slice(tokens[start]!.start, tokens[start + length - 1]!.end).toLowerCase();
      reasons.set(entry, { phrase, line, weight: entry.weight });
    }
  }

  const suggestions: IngredientSuggestion[] = [];
  for (const ingredient of INGREDIENT_IDS) {
    const byEntry = found.get(ingredient);
    if (!byEntry) continue;
    const reasons = dedupe([...byEntry.values()]);
    const score = round(reasons.reduce((sum, r) => sum + r.weight, 0));
    if (score >= minScore) suggestions.push({ ingredient, score, reasons });
  }
  // Array.prototype.sort is stable, so equal scores keep INGREDIENT_IDS order.
  suggestions.sort((a, b) => b.score - a.score);
  return suggestions.slice(0, Math.max(0, limit));
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
