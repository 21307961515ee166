/**
 * Which words the report may quote, and where. One ledger goes through the report in the order
 * it is read, so that:
 * - a participant's words are quoted only when their note says `quotes: yes`; with `ask` (the
 *   default) or `no` the report says "a participant" instead, and words waiting for a yes are
 *   listed by where they are, never by what they say; a withdrawn participant is never quoted;
 * - words that are not fit to quote (`quotable: false`) are never quoted;
 * - a quote is used once: a later quote that says nearly the same thing is left out;
 * - words that record something falling short (gap evidence) are quoted only under
 *   "What got in the way".
 * People who write notes but have no participant note (staff, partners) are the team writing
 * its own record; their words are quoted as written.
 */
import { compareText, QUOTE_CHOICES, type QuoteChoice } from '../../domain';
import type { NoteLink } from '../dashboard-types';
import type { ProjectNotes } from '../project-notes';
import type { Quote, QuoteWaiting } from './types';

/** Why words were not shown. */
export type Withheld = 'ask' | 'no' | 'withdrawn' | 'not-quotable';

/** Two quotes whose shorter one shares at least this share of its word pairs with the other say the same thing. */
export const NEAR_DUPLICATE = 0.6;

/** Lower-case words, letters and digits only: "Don't stop!" -> ["don't", "stop"]. One pass. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:'\p{L}+)?/gu) ?? [];
}

/** The word pairs of a text (its single word when it has only one). */
function pairsOf(text: string): Set<string> {
  const words = wordsOf(text);
  if (words.length === 1) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]!} ${words[i]!}`);
  return pairs;
}

/**
 * How much of the shorter text the longer one holds, from 0 to 1: the share of the shorter
 * text's word pairs that the other has too. Linear in the two texts' lengths (hashed sets).
 */
export function similarity(a: string, b: string): number {
  return overlap(pairsOf(a), pairsOf(b));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / small.size;
}

export interface Candidate extends NoteLink {
  text: string;
  author?: string;
  /** False when the text only says where something was listed: never quote it. */
  quotable?: boolean;
  withdrawn?: boolean;
}

export class QuoteLedger {
  private readonly used: Set<string>[] = [];
  private readonly gaps: Set<string>[] = [];
  private readonly choices = new Map<string, QuoteChoice | 'withdrawn'>();
  private readonly waiting = new Map<string, QuoteWaiting>();

  constructor(notes: ProjectNotes) {
    for (const participant of notes.participants) {
      const props = participant.props as typeof participant.props & { quotes?: unknown };
      const given = typeof props.quotes === 'string' && (QUOTE_CHOICES as readonly string[]).includes(props.quotes) ? props.quotes : 'ask';
      const choice = props.status === 'withdrawn' ? 'withdrawn' : given;
      for (const name of [participant.title, props.pseudonym]) {
        if (!name?.trim()) continue;
        const key = name.trim().toLowerCase();
        // Two notes for one name: the more careful answer wins.
        const before = this.choices.get(key);
        this.choices.set(key, before === undefined ? choice : stricter(before, choice));
      }
    }
  }

  /** Words that record something falling short: quoted only under "What got in the way". */
  reserveGaps(texts: Iterable<string>): void {
    for (const text of texts) this.gaps.push(pairsOf(text));
  }

  /** What the author's participant note allows; undefined for someone with no participant note. */
  choiceOf(author: string | undefined): QuoteChoice | 'withdrawn' | undefined {
    return author === undefined ? undefined : this.choices.get(author.trim().toLowerCase());
  }

  /** Why these words may not be shown, or undefined when they may. */
  withheld(candidate: Candidate): Withheld | undefined {
    if (candidate.quotable === false) return 'not-quotable';
    if (candidate.withdrawn) return 'withdrawn';
    const choice = this.choiceOf(candidate.author);
    if (choice === undefined || choice === 'yes') return undefined;
    return choice;
  }

  /** True when nearly the same words were quoted already, or (outside the gaps) they record a gap. */
  isRepeat(text: string, asGap = false): boolean {
    const pairs = pairsOf(text);
    if (this.used.some((seen) => overlap(pairs, seen) >= NEAR_DUPLICATE)) return true;
    return !asGap && this.gaps.some((gap) => overlap(pairs, gap) >= NEAR_DUPLICATE);
  }

  /**
   * The words to quote: a quote with its text when they may be shown and are new; a quote
   * marked `withheld`, with no text, when they are someone's words that may not be shown;
   * undefined when nearly the same words were quoted already, when they belong under "What
   * got in the way", or when they are not fit to quote at all.
   */
  take(candidate: Candidate, options: { asGap?: boolean } = {}): Quote | undefined {
    const text = candidate.text.trim();
    if (text === '' || candidate.quotable === false || this.isRepeat(text, options.asGap)) return undefined;
    const why = this.withheld(candidate);
    // Withheld words still claim their place, so nearly the same words are not shown elsewhere.
    this.used.push(pairsOf(text));
    const { path, title } = candidate;
    const base = { path, title, ...(candidate.line !== undefined ? { line: candidate.line } : {}), ...(candidate.author ? { author: candidate.author } : {}) };
    if (why === undefined || why === 'not-quotable') return { ...base, text };
    if (why === 'ask') this.wait(candidate);
    return { ...base, text: '', withheld: why };
  }

  /**
   * Words that must be shown or hidden as a whole wherever they stand (a follow-up, what a
   * note says was done), never left out as a repeat: why they may not be shown, or undefined
   * when they may. Words waiting for a yes are listed to ask about.
   */
  hold(candidate: Candidate): Exclude<Withheld, 'not-quotable'> | undefined {
    const why = this.withheld({ ...candidate, quotable: true });
    if (why === 'ask' && candidate.text.trim() !== '') this.wait(candidate);
    return why === 'not-quotable' ? undefined : why;
  }

  private wait(candidate: Candidate): void {
    const author = candidate.author!.trim();
    const key = author.toLowerCase();
    const entry = this.waiting.get(key) ?? { person: author, places: [] };
    entry.places.push({ path: candidate.path, title: candidate.title, ...(candidate.line !== undefined ? { line: candidate.line } : {}) });
    this.waiting.set(key, entry);
  }

  /** The quotes waiting for a yes, by person, each place in path and line order. */
  waitingList(): QuoteWaiting[] {
    return [...this.waiting.values()]
      .map((entry) => ({
        ...entry,
        places: [...entry.places].sort((a, b) => compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)),
      }))
      .sort((a, b) => compareText(a.person, b.person));
  }
}

const CARE: readonly (QuoteChoice | 'withdrawn')[] = ['withdrawn', 'no', 'ask', 'yes'];

function stricter(a: QuoteChoice | 'withdrawn', b: QuoteChoice | 'withdrawn'): QuoteChoice | 'withdrawn' {
  return CARE.indexOf(a) <= CARE.indexOf(b) ? a : b;
}
