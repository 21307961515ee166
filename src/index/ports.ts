import type { Problem } from '../model';

/** How a host (Obsidian or the file system) hands notes to the core. */
export interface NoteSource {
  /** Paths of every markdown note, relative to the vault root, with `/` separators. */
  listNotes(): Promise<string[]>;
  readNote(path: string): Promise<string>;
  /** The same as `readNote`, at once, for a host that can (the CLI): the first reading then makes no promise per note. */
  readNoteNow?(path: string): string;
  /** Properties the host has already parsed, when it has them (saves parsing YAML twice). */
  cachedFrontmatter?(path: string): Record<string, unknown> | undefined;
  /**
   * Reads a note again, at once, when its words are needed after the first reading (a quote, a
   * section); undefined when it cannot. A host that has this keeps no note's text in the index.
   */
  readNoteAgain?(path: string): string | undefined;
  /** Notes and folders the host could not read, each with the reason, so none is dropped without a word. */
  unreadable?(): Problem[];
}

/** How the core asks a host to write. No method may overwrite an existing note. */
export interface NoteWriter {
  /** Creates a new note; fails if anything exists at `path`. Creates missing folders. */
  createNote(path: string, text: string): Promise<void>;
  /** True when a file or folder exists at `path`. */
  exists(path: string): Promise<boolean>;
  /** Changes a note's text through `change`; writes nothing when it returns the same text. */
  processNote(path: string, change: (text: string) => string): Promise<void>;
  /** Changes a note's properties in place; the host keeps the rest of the note as it is. */
  processProperties(path: string, change: (properties: Record<string, unknown>) => void): Promise<void>;
}
