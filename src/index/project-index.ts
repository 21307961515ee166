/**
 * The project index: every note's record by path, and which project each belongs to.
 * Built once, then kept current one file at a time; a change to one note re-reads
 * only that note, and only the project it belongs to is marked as changed.
 */
import { glanceAt, type NoteGlance, isInsideFolder, ordinaryNote, unreadableNote, personName, parentFolder, parseNote, type NoteRecord, type Problem, type RecordOfKind, type YamlReader } from '../model';
import type { NoteSource } from './ports';
import { compareText } from '../domain';

export interface IndexOptions {
  readYaml: YamlReader;
  /** Folders whose notes are never read, such as the templates folder. */
  ignoredFolders?: readonly string[];
}

export type ProjectRecord = RecordOfKind<'project'>;

export interface BuildOptions {
  /** Give way to the host after this many milliseconds of work (the plugin keeps typing smooth). */
  sliceMs?: number;
  /** Told how many notes are read, out of how many, at each pause and at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Milliseconds, for measuring slices; tests pass their own. */
  clock?: () => number;
  /** Lets the host run (draw, take key presses) between slices; the plugin waits for the next turn of its window. */
  giveWay?: () => Promise<void>;
}


export interface IndexChange {
  /** Paths whose record changed (added, edited, renamed, removed). */
  paths: string[];
  /** Project note paths whose content changed. */
  projects: string[];
}

type Listener = (change: IndexChange) => void;

export class ProjectIndex {
  private readonly records = new Map<string, NoteRecord>();
  /** note path -> project note path */
  private readonly membership = new Map<string, string>();
  /** project note path -> member note paths */
  private readonly members = new Map<string, Set<string>>();
  /** Each project's member paths in order, kept until its membership changes (editing a note does not). */
  private readonly sortedMembers = new Map<string, string[]>();
  private readonly projectVersions = new Map<string, number>();
  private readonly listeners = new Set<Listener>();
  private versionCounter = 0;
  private sourceProblems: Problem[] = [];
  private progressNow: { done: number; total: number } | undefined;
  /** The host the index was built from, to read notes a new project folder now holds. */
  private source: NoteSource | undefined;

  constructor(private readonly options: IndexOptions) {}

  /** Grows by one with every change, so views can tell if they are stale. */
  get version(): number {
    return this.versionCounter;
  }

  isIgnored(path: string): boolean {
    if (!path.toLowerCase().endsWith('.md')) return true;
    if (path.split('/').some((part) => part.startsWith('.'))) return true;
    return (this.options.ignoredFolders ?? []).some((folder) => folder !== '' && isInsideFolder(path, folder));
  }

  /**
   * Reads every note once. A note the host cannot read becomes an unreadable record with the reason.
   * With `sliceMs`, the work gives way to the host (for the plugin: the interface) whenever a
   * slice has run that long, and `onProgress` hears how far it got.
   */
  async build(source: NoteSource, options: BuildOptions = {}): Promise<void> {
    this.source = source;
    const paths = (await source.listNotes()).filter((path) => !this.isIgnored(path)).sort();
    const clock = options.clock ?? (() => performance.now());
    let sliceStart = clock();
    // One object, counted up note by note; `progress` hands out a copy.
    const progress = { done: 0, total: paths.length };
    this.progressNow = progress;
    options.onProgress?.(0, paths.length);
    /** Tells how far it got, lets the host run, and starts a new slice. */
    const pause = async () => {
      options.onProgress?.(progress.done, paths.length);
      await (options.giveWay ?? (() => Promise.resolve()))();
      sliceStart = clock();
    };
    // Plain notes with tracker tags outside every project folder found so far wait until all are
    // known: outside them they cannot count. A source that can read a note again is not asked to
    // keep their text meanwhile (see `readNoteAgain`).
    const waiting: { path: string; text: string | undefined; frontmatter: Record<string, unknown> | undefined }[] = [];
    const readAgain = source.readNoteAgain?.bind(source);
    const readNow = source.readNoteNow?.bind(source);
    const knownFolders = new Set<string>();
    const take = (path: string, text: string | Problem) => {
      if (typeof text !== 'string') {
        this.records.set(path, unreadableNote(path, text));
        return;
      }
      const frontmatter = source.cachedFrontmatter?.(path);
      const glance = glanceAt(text, frontmatter);
      if (!glance.tracker && glance.tagged && !glance.linked && !insideAny(path, knownFolders)) {
        waiting.push({ path, text: readAgain ? undefined : text, frontmatter });
        return;
      }
      const record = this.parse(path, text, frontmatter, glance, true);
      this.records.set(path, record);
      if (record.kind === 'project' && parentFolder(path) !== '') knownFolders.add(parentFolder(path));
    };
    // A project note is usually named after its folder ("Soup Club/Soup Club.md") but sorts after
    // the folder's other notes: read those first, so the plain tagged notes beside it are read
    // in full at once rather than waiting and being read twice.
    const likelyProjects: string[] = [];
    const rest: string[] = [];
    for (const path of paths) (namedLikeItsFolder(path) ? likelyProjects : rest).push(path);
    const ordered = [...likelyProjects, ...rest];
    // Read a batch at a time: one file after another leaves the disk idle between reads.
    const batchSize = 64;
    for (let start = 0; start < ordered.length; start += batchSize) {
      const batch = ordered.slice(start, start + batchSize);
      // A source that reads at once (the CLI) is not made to wrap every note in a promise.
      const texts = readNow ? batch.map((path) => readNowOrReason(readNow, path)) : await Promise.all(batch.map((path) => readOrReason(source, path)));
      for (let i = 0; i < batch.length; i++) {
        take(batch[i]!, texts[i]!);
        progress.done = start + i + 1;
        // Looked at after every note, not every batch: a batch of long notes would overrun the slice.
        if (options.sliceMs !== undefined && clock() - sliceStart >= options.sliceMs) await pause();
      }
    }
    const folders = this.projectFolders();
    for (const { path, text, frontmatter } of waiting) {
      const now = !insideAny(path, folders) ? undefined : (text ?? readAgain?.(path));
      this.records.set(path, now === undefined ? notReadYet(path) : this.parse(path, now, frontmatter, undefined, true));
      if (options.sliceMs !== undefined && clock() - sliceStart >= options.sliceMs) await pause();
    }
    // Placing every note in its project is one more stretch of work: start it with a fresh slice
    // when this one is already half used.
    if (options.sliceMs !== undefined && clock() - sliceStart >= options.sliceMs / 2) await pause();
    this.sourceProblems = [];
    for (const problem of source.unreadable?.() ?? []) {
      if (this.records.has(problem.path)) this.records.set(problem.path, unreadableNote(problem.path, problem));
      else this.sourceProblems.push(problem);
    }
    this.rebuildMembership();
    this.progressNow = undefined;
    options.onProgress?.(paths.length, paths.length);
    this.emit({ paths, projects: [...this.members.keys()] });
  }

  /** How far the first reading has got, while it runs. */
  get progress(): { done: number; total: number } | undefined {
    return this.progressNow === undefined ? undefined : { ...this.progressNow };
  }

  /** Folders and files the host could not read that are not notes in the index (a folder, a name that is not text). */
  unreadablePaths(): readonly Problem[] {
    return this.sourceProblems;
  }

  /** Re-reads one note after it was created or changed. */
  async refresh(source: NoteSource, path: string): Promise<void> {
    if (this.isIgnored(path)) return;
    const text = await readOrReason(source, path);
    if (typeof text === 'string') this.update(path, text, source.cachedFrontmatter?.(path));
    else {
      const previous = this.records.get(path);
      const record = unreadableNote(path, text);
      this.records.set(path, record);
      this.afterChange([path], previous, record);
    }
  }

  /** Stores one note's text (for hosts that already hold it). */
  update(path: string, text: string, frontmatter?: Record<string, unknown>): void {
    if (this.isIgnored(path)) return;
    const previous = this.records.get(path);
    const record = this.parseOrWait(path, text, frontmatter);
    this.records.set(path, record);
    this.afterChange([path], previous, record);
  }

  remove(path: string): void {
    const previous = this.records.get(path);
    if (!previous) return;
    this.records.delete(path);
    this.afterChange([path], previous, undefined);
  }

  rename(oldPath: string, newPath: string, text: string, frontmatter?: Record<string, unknown>): void {
    const previous = this.records.get(oldPath);
    this.records.delete(oldPath);
    if (this.isIgnored(newPath)) {
      this.afterChange([oldPath], previous, undefined);
      return;
    }
    const record = this.parseOrWait(newPath, text, frontmatter);
    this.records.set(newPath, record);
    // A rename can move a note between project folders, so treat it as remove + add.
    this.afterChange([oldPath, newPath], previous, record, oldPath);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(path: string): NoteRecord | undefined {
    return this.records.get(path);
  }

  all(): IterableIterator<NoteRecord> {
    return this.records.values();
  }

  get size(): number {
    return this.records.size;
  }

  projects(): ProjectRecord[] {
    return [...this.members.keys()]
      .map((path) => this.records.get(path))
      .filter((record): record is ProjectRecord => record?.kind === 'project')
      .sort((a, b) => compareText(projectName(a), projectName(b)) || compareText(a.path, b.path));
  }

  /**
   * Every project a name or path could mean: its path, its note's file name, its `name:`
   * or a link to it. Two projects may share a name; callers must not pick one silently.
   */
  findProjects(nameOrPath: string): ProjectRecord[] {
    const projects = this.projects();
    const byPath = projects.filter((project) => project.path === nameOrPath || project.path === `${nameOrPath}.md`);
    if (byPath.length > 0) return byPath;
    // A name is taken as written ("Housing / Food"); only a whole link is unwrapped.
    const wanted = personName(nameOrPath).toLowerCase();
    return projects.filter(
      (project) => wanted === project.title.toLowerCase() || wanted === projectName(project).toLowerCase(),
    );
  }

  /** The project a name or path means, when exactly one does. */
  findProject(nameOrPath: string): ProjectRecord | undefined {
    const found = this.findProjects(nameOrPath);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Project notes that share a name with another, grouped, each group in path order. */
  sameNameProjects(): ProjectRecord[][] {
    const byName = new Map<string, ProjectRecord[]>();
    for (const project of this.projects()) {
      const key = projectName(project).toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), project]);
    }
    return [...byName.values()].filter((group) => group.length > 1);
  }

  /** The projects a note's `project:` link could mean (more than one when names clash). */
  linkedProjects(record: NoteRecord): string[] {
    return record.projectLink === undefined ? [] : this.projectsByLink(record.projectLink);
  }

  /** The project note path a note belongs to, if any. */
  projectOf(path: string): string | undefined {
    return this.membership.get(path);
  }

  /** The notes of one project, in path order, the project note included. */
  notesOf(projectPath: string): NoteRecord[] {
    let paths = this.sortedMembers.get(projectPath);
    if (paths === undefined) {
      paths = [...(this.members.get(projectPath) ?? [])].sort();
      this.sortedMembers.set(projectPath, paths);
    }
    return [projectPath, ...paths]
      .map((path) => this.records.get(path))
      .filter((record): record is NoteRecord => record !== undefined);
  }

  /** Grows whenever a note of this project changes: the key for caching its analysis. */
  projectVersion(projectPath: string): number {
    return this.projectVersions.get(projectPath) ?? 0;
  }

  /** Tracker notes that belong to no project, plain notes left out. */
  orphans(): NoteRecord[] {
    return [...this.records.values()]
      .filter((record) => record.kind !== 'note' && record.kind !== 'project' && !this.membership.has(record.path))
      .sort((a, b) => compareText(a.path, b.path));
  }

  /** Folders that hold a project note (the vault root never counts as one). */
  private projectFolders(): Set<string> {
    const folders = new Set<string>();
    for (const record of this.records.values()) {
      if (record.kind === 'project' && parentFolder(record.path) !== '') folders.add(parentFolder(record.path));
    }
    return folders;
  }

  /** The folders of the projects already placed: as many as there are projects, not notes. */
  private knownProjectFolders(): Set<string> {
    const folders = new Set<string>();
    for (const projectPath of this.members.keys()) if (parentFolder(projectPath) !== '') folders.add(parentFolder(projectPath));
    return folders;
  }

  /** Parses a note, or leaves a plain tagged note outside every project for later (see `notReadYet`). */
  private parseOrWait(path: string, text: string, frontmatter?: Record<string, unknown>): NoteRecord {
    const glance = glanceAt(text, frontmatter);
    if (glance.tracker || !glance.tagged || glance.linked || insideAny(path, this.knownProjectFolders())) {
      return this.parse(path, text, frontmatter, glance);
    }
    return notReadYet(path);
  }

  /** A new project folder may hold plain notes that were left unread: read them now. */
  private readWaitingIn(project: NoteRecord): void {
    const folder = parentFolder(project.path);
    const source = this.source;
    if (folder === '' || !source) return;
    const waiting = [...this.records.values()].filter((record) => record.notReadYet && isInsideFolder(record.path, folder));
    for (const record of waiting) void this.refresh(source, record.path);
  }

  /**
   * `fromSource`: the text came from the source just now, so a source that can read notes again
   * (the CLI) is asked again when the words are needed, and the record keeps none of the text.
   */
  private parse(path: string, text: string, frontmatter?: Record<string, unknown>, glance?: NoteGlance, fromSource = false): NoteRecord {
    const source = fromSource ? this.source : undefined;
    const readAgain = source?.readNoteAgain ? () => source.readNoteAgain?.(path) ?? '' : undefined;
    return parseNote({ path, text, frontmatter, readYaml: this.options.readYaml, glance, readAgain });
  }

  private afterChange(paths: string[], previous: NoteRecord | undefined, next: NoteRecord | undefined, oldPath?: string): void {
    const touchedProjects = new Set<string>();
    if (previous?.kind === 'project' || next?.kind === 'project') {
      // A project appeared, moved or went: membership of many notes may change (rare).
      const before = new Map(this.membership);
      this.rebuildMembership();
      for (const [path, project] of this.membership) if (before.get(path) !== project) touchedProjects.add(project);
      for (const [path, project] of before) if (this.membership.get(path) !== project) touchedProjects.add(project);
      if (previous?.kind === 'project') touchedProjects.add(previous.path);
      if (next?.kind === 'project') {
        touchedProjects.add(next.path);
        if (previous?.kind !== 'project') this.readWaitingIn(next);
      }
    } else {
      const formerPath = oldPath ?? paths[0]!;
      const formerProject = this.membership.get(formerPath);
      if (formerProject) touchedProjects.add(formerProject);
      this.unassign(formerPath);
      const project = next ? this.assign(next) : undefined;
      if (project) touchedProjects.add(project);
      if (project !== formerProject || next?.path !== formerPath) {
        if (formerProject !== undefined) this.sortedMembers.delete(formerProject);
        if (project !== undefined) this.sortedMembers.delete(project);
      }
    }
    for (const project of touchedProjects) this.projectVersions.set(project, this.projectVersion(project) + 1);
    this.emit({ paths, projects: [...touchedProjects].sort() });
  }

  private emit(change: IndexChange): void {
    this.versionCounter++;
    for (const listener of this.listeners) listener(change);
  }

  private rebuildMembership(): void {
    this.membership.clear();
    this.members.clear();
    this.sortedMembers.clear();
    for (const record of this.records.values()) {
      if (record.kind === 'project') this.members.set(record.path, new Set());
    }
    for (const record of this.records.values()) if (record.kind !== 'project') this.assign(record);
  }

  private unassign(path: string): void {
    const project = this.membership.get(path);
    if (project === undefined) return;
    this.membership.delete(path);
    this.members.get(project)?.delete(path);
  }

  /** A `project:` link wins; otherwise the nearest project folder holding the note. */
  private assign(record: NoteRecord): string | undefined {
    if (record.kind === 'project') return undefined;
    let project: string | undefined;
    if (record.projectLink !== undefined) {
      project = this.findProjectByLink(record.projectLink, record.path);
    } else {
      let deepest = -1;
      for (const projectPath of this.members.keys()) {
        const folder = parentFolder(projectPath);
        if (folder !== '' && isInsideFolder(record.path, folder) && folder.length > deepest) {
          deepest = folder.length;
          project = projectPath;
        }
      }
    }
    if (project === undefined) return undefined;
    this.membership.set(record.path, project);
    this.members.get(project)?.add(record.path);
    return project;
  }

  /**
   * The project a `project:` link names. When two projects share the name, the one whose
   * folder holds the note wins; otherwise the note belongs to neither and `check` says why.
   */
  private findProjectByLink(link: string, notePath: string): string | undefined {
    const candidates = this.projectsByLink(link);
    if (candidates.length <= 1) return candidates[0];
    const holding = candidates.filter((projectPath) => {
      const folder = parentFolder(projectPath);
      return folder !== '' && isInsideFolder(notePath, folder);
    });
    return holding.length === 1 ? holding[0] : undefined;
  }

  /** Project note paths a link matches: by file name first, then by `name:`. */
  private projectsByLink(link: string): string[] {
    const wanted = link.toLowerCase();
    const byTitle: string[] = [];
    const byName: string[] = [];
    for (const projectPath of this.members.keys()) {
      const record = this.records.get(projectPath);
      if (record?.kind !== 'project') continue;
      if (record.title.toLowerCase() === wanted) byTitle.push(projectPath);
      else if (projectName(record).toLowerCase() === wanted) byName.push(projectPath);
    }
    return (byTitle.length > 0 ? byTitle : byName).sort();
  }
}

/** The note's text, or why the host could not read it: a read never stops the index. */
async function readOrReason(source: NoteSource, path: string): Promise<string | Problem> {
  try {
    return await source.readNote(path);
  } catch (error) {
    return readProblem(path, error);
  }
}

function readNowOrReason(readNow: (path: string) => string, path: string): string | Problem {
  try {
    return readNow(path);
  } catch (error) {
    return readProblem(path, error);
  }
}

function readProblem(path: string, error: unknown): Problem {
  const why = error instanceof Error && error.message ? error.message.replace(/\.$/, '') : 'the file could not be opened';
  return { path, message: `This note could not be read (${why}). It is not counted`, hint: 'Check that the file opens, then try again' };
}

/** "Soup Club/Soup Club.md": a note named after the folder that holds it. */
function namedLikeItsFolder(path: string): boolean {
  const cut = path.lastIndexOf('/');
  if (cut <= 0) return false;
  const folder = path.slice(path.lastIndexOf('/', cut - 1) + 1, cut);
  return path.length - cut - 1 === folder.length + 3 && path.startsWith(folder, cut + 1) && path.slice(-3).toLowerCase() === '.md';
}

function insideAny(path: string, folders: ReadonlySet<string>): boolean {
  for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
    if (folders.has(path.slice(0, cut))) return true;
  }
  return false;
}

function notReadYet(path: string): NoteRecord {
  return ordinaryNote(path, true);
}


export function projectName(project: ProjectRecord): string {
  return project.props.name?.trim() || project.title;
}
