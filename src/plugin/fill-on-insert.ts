/**
 * Core Templates fills in only the title, date and time. When a person inserts one of the
 * tracker's templates with it, on this device, into a note inside a project folder, the
 * empty `phase` and `author` are filled in from the project's current phase and this
 * device's name, as the plugin's own "New note from template" would.
 *
 * It writes only then: the note turned into a tracker note just now, in the editor of this
 * device, and a value is empty. Never for a note that arrived by sync, never over a value.
 */
import type { App, CachedMetadata } from 'obsidian';
import { KIND_PROPERTY } from '../domain';
import type { NoteWriter, ProjectIndex } from '../index';
import { getAuthor } from './host';

/** How long after a key press or an insert in the editor a change counts as this device's. */
export const TYPED_WINDOW_MS = 5000;

export interface FillOnInsertHost {
  app: App;
  index: ProjectIndex;
  writer: NoteWriter;
  now(): Date;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The values to fill in, or none. Pure, for tests. */
export function valuesToFill(
  frontmatter: Record<string, unknown>,
  wasTrackerNote: boolean,
  context: { phase?: string; author: string },
): Record<string, string> {
  if (wasTrackerNote || isEmpty(frontmatter[KIND_PROPERTY])) return {};
  const values: Record<string, string> = {};
  if ('phase' in frontmatter && isEmpty(frontmatter.phase) && context.phase) values.phase = context.phase;
  if ('author' in frontmatter && isEmpty(frontmatter.author) && context.author !== '') values.author = context.author;
  return values;
}

/**
 * The plugin tells it when this device's editor changed a note (`typed`) and, before the
 * index takes in a metadata change, what the note's properties are now (`changed`).
 */
export class FillOnInsert {
  private readonly typedAt = new Map<string, number>();

  constructor(private readonly host: FillOnInsertHost) {}

  typed(path: string): void {
    this.typedAt.set(path, this.host.now().getTime());
  }

  changed(path: string, cache: CachedMetadata | null | undefined): void {
    const at = this.typedAt.get(path);
    if (at === undefined) return;
    if (this.host.now().getTime() - at > TYPED_WINDOW_MS) {
      this.typedAt.delete(path);
      return;
    }
    const frontmatter: unknown = cache?.frontmatter;
    if (frontmatter === null || typeof frontmatter !== 'object') return;
    const { index, app, writer } = this.host;
    const before = index.get(path);
    const projectPath = index.projectOf(path);
    const project = projectPath === undefined ? undefined : index.get(projectPath);
    if (project?.kind !== 'project') return;
    const phase = project.props.phase;
    const values = valuesToFill(frontmatter as Record<string, unknown>, before !== undefined && before.kind !== 'note', {
      ...(phase ? { phase } : {}),
      author: getAuthor(app),
    });
    if (Object.keys(values).length === 0) return;
    this.typedAt.delete(path);
    void writer
      .processProperties(path, (properties) => {
        for (const [key, value] of Object.entries(values)) if (isEmpty(properties[key])) properties[key] = value;
      })
      .catch(() => {
        // The note could not be read or changed meanwhile; it stays as the person left it.
      });
  }
}
