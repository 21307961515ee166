/**
 * Copies of a note. Sync tools keep both sides of a clash as two files, and people copy
 * notes by hand. A copy is never counted twice: the analysis compares contents, and the
 * names below say which file a copy came from.
 *
 * Some names prove which tool made the copy (Syncthing's `.sync-conflict-…`). Others only
 * hint at a copy (`Note (1).md`, iCloud's `Note 2.md`): such a file may be a real note
 * of its own, so it is named after its tool only when the name proves it.
 */
export interface CopyName {
  /** Path of the note this one looks copied from. */
  original: string;
  /** The tool that made it, only when the name proves it. */
  tool?: string;
}

interface CopyPattern {
  tool?: string;
  /** Matches the copy marker at the end of the file name (before `.md`). */
  pattern: RegExp;
}

// Each pattern is anchored at the end of the name and has no nested repetition: linear time.
const COPY_PATTERNS: readonly CopyPattern[] = [
  { tool: 'Syncthing', pattern: /\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?$/ },
  { tool: 'Nextcloud', pattern: / ?\(conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)$/i },
  { tool: 'Dropbox', pattern: / ?\([^()]*'s conflicted copy[^()]*\)$/i },
  { tool: 'Obsidian Sync', pattern: / ?\(conflicted copy[^()]*\)$/i },
  { tool: 'Seafile', pattern: / ?\(SFConflict [^()]*\)$/ },
  { tool: 'Google Drive', pattern: / ?\[Conflict\]$|_conflict-\d{8}-\d{6}$/i },
  { tool: 'OneDrive', pattern: /-(?:DESKTOP|LAPTOP)-[A-Z0-9]{5,8}$/ },
  { pattern: / \(\d{1,3}\)$/ },
  { pattern: / \d{1,3}$/ },
  { pattern: /-[A-Z][A-Z0-9]{2,14}$/ },
];

/** Every name a tool's pattern above can match holds one of these: a first look, one scan. */
const MAY_NAME_A_TOOL = /conflict|-DESKTOP-|-LAPTOP-/i;

/** What the file name proves: the tool that made this copy, and its original; undefined when it proves nothing. */
export function provenCopyName(path: string): CopyName | undefined {
  if (!MAY_NAME_A_TOOL.test(path)) return undefined;
  const copy = copyName(path);
  return copy?.tool === undefined ? undefined : copy;
}

/** What the file name says about this note being a copy, if anything. */
export function copyName(path: string): CopyName | undefined {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const file = path.slice(slash + 1);
  const extension = /\.md$/i.exec(file)?.[0] ?? '';
  const stem = file.slice(0, file.length - extension.length);
  for (const { tool, pattern } of COPY_PATTERNS) {
    const match = pattern.exec(stem);
    if (!match || match.index === 0) continue;
    const original = `${folder}${stem.slice(0, match.index)}${extension}`;
    return tool ? { original, tool } : { original };
  }
  return undefined;
}

/**
 * Git and jj leave both sides of a clash inside one file between markers. Returns the
 * first marker's 1-based line when the file holds a whole conflict. One pass over the lines.
 */
export function conflictMarkerLine(lines: readonly string[]): number | undefined {
  let start: number | undefined;
  let middle = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('<<<<<<<')) {
      start ??= i;
    } else if (start !== undefined && !middle) {
      const trimmed = line.trimEnd();
      middle = trimmed === '=======' || line.startsWith('%%%%%%%') || line.startsWith('+++++++') || line.startsWith('|||||||');
    } else if (start !== undefined && line.startsWith('>>>>>>>')) {
      return start + 1;
    }
  }
  return undefined;
}
