/**
 * A note's words, for the few readers that need them: quotes picked from the body, sections
 * for the reflection log and the report, and the key that tells two copies apart. Counting
 * never needs them, so they are worked out when first asked for.
 *
 * The plugin hands the text over, and the record keeps it (the bench's "plugin index, memory
 * kept" row shows the cost); the CLI hands a way to read the file again, so a run over a big
 * vault never holds every note in memory at once.
 */
import { contentKeyOf, contentShapeOfText } from './content-key';
import { findFrontmatter, splitLines, withNewlines, withoutBom } from './frontmatter';
import { propertyLines } from './property-lines';
import { readSections } from './body';
import type { LineSource } from './line-mark';
import type { Section } from './record';

/** The note's text as it is now; '' when it can no longer be read. */
export type TextLoader = () => string;

export class NoteWords implements LineSource {
  private lines: readonly string[] | undefined;
  private bodyText: string | undefined;
  private sectionList: Section[] | undefined;
  private key: string | undefined;
  private places: ReadonlyMap<string, number> | undefined;

  /**
   * `readAgain`: the words come from reading the file again (the CLI). When the note's shape
   * (length, lines, last line) has changed since it was counted, its words are not used: a quote must be of the line
   * that was counted, never of whatever line moved into its place.
   */
  constructor(
    private readonly load: TextLoader,
    /** 1-based file line of the body's first line. */
    private readonly bodyStartLine: number,
    /** Given when the words are read again; worked out from the held text when first asked for otherwise. */
    private countedShape: string | undefined,
    private readonly readAgain: boolean,
  ) {}

  /** See `contentShapeOfText`. */
  shape(): string {
    this.countedShape ??= contentShapeOfText(withNewlines(withoutBom(this.load())));
    return this.countedShape;
  }

  /** Every line of the note, BOM set aside; none when it changed since it was counted. */
  private allLines(): readonly string[] {
    this.lines ??= this.linesNow();
    return this.lines;
  }

  private linesNow(): readonly string[] {
    const text = withoutBom(this.load());
    return this.readAgain && contentShapeOfText(withNewlines(text)) !== this.countedShape ? [] : splitLines(text);
  }

  lineAt(line: number): string {
    return this.allLines()[line - 1] ?? '';
  }

  /** The text after the properties, with `\n` line endings. */
  body(): string {
    if (this.bodyText === undefined) {
      // Held text is sliced without splitting it; text read again is split anyway, to check it.
      this.bodyText = this.readAgain ? this.allLines().slice(this.bodyStartLine - 1).join('\n') : bodyOf(withoutBom(this.load()), this.bodyStartLine);
    }
    return this.bodyText;
  }

  sections(): Section[] {
    this.sectionList ??= readSections(this.body().split('\n'), 1).map((section) => ({
      ...section,
      line: section.line + this.bodyStartLine - 1,
    }));
    return this.sectionList;
  }

  /** Where each property is written (see `propertyLines`): asked for only to place a problem. */
  propertyLines(): ReadonlyMap<string, number> {
    if (this.places === undefined) {
      // Read again only to place a problem (the CLI): the lines are not kept, so a run that names
      // problems in many notes does not end up holding those notes.
      const lines = this.lines ?? (this.readAgain ? this.linesNow() : this.allLines());
      const block = findFrontmatter(lines);
      this.places = block ? propertyLines(lines, block) : new Map<string, number>();
    }
    return this.places;
  }

  /** See `contentKeyOf`: asked for only when another note of the project has the same shape. */
  contentKey(): string {
    this.key ??= contentKeyOf(this.allLines());
    return this.key;
  }
}

/** The lines from `startLine` on, joined by `\n`: a slice of the note when it has no other line ending. */
function bodyOf(text: string, startLine: number): string {
  if (text.includes('\r')) return splitLines(text).slice(startLine - 1).join('\n');
  let offset = 0;
  for (let line = 1; line < startLine; line++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return '';
    offset = newline + 1;
  }
  return text.slice(offset);
}
