/**
 * Sync services keep both sides of a clash as two files. We show these copies under
 * "Needs attention" and never count them, so nothing is counted twice.
 */
const CONFLICT_NAME_PATTERNS: readonly { service: string; pattern: RegExp }[] = [
  { service: 'Syncthing', pattern: /\.sync-conflict-\d{8}-\d{6}(-[A-Z0-9]{7})?/ },
  { service: 'Obsidian Sync', pattern: /\(conflicted copy[^)]*\)|\bConflicted copy\b/i },
  { service: 'Dropbox', pattern: /\([^)]*'s conflicted copy[^)]*\)/i },
  { service: 'Google Drive', pattern: /\[Conflict\]|_conflict-\d{8}-\d{6}/i },
  { service: 'OneDrive', pattern: /-[A-Za-z0-9-]+-conflict(\.|$)|\(conflict \d+\)/i },
  { service: 'Nextcloud', pattern: /\(conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)/i },
];

/** The sync service that made this file as a conflict copy, from its name alone. */
export function conflictCopyService(path: string): string | undefined {
  const name = path.split('/').pop() ?? path;
  return CONFLICT_NAME_PATTERNS.find(({ pattern }) => pattern.test(name))?.service;
}

/** Git leaves both sides inside one file between markers; returns the first marker's line. */
export function gitConflictLine(lines: readonly string[]): number | undefined {
  const start = lines.findIndex((line) => line.startsWith('<<<<<<< '));
  if (start === -1) return undefined;
  const hasMiddle = lines.slice(start + 1).some((line) => line === '=======' );
  const hasEnd = lines.slice(start + 1).some((line) => line.startsWith('>>>>>>> '));
  return hasMiddle && hasEnd ? start + 1 : undefined;
}

/** The path of the original a Syncthing-style copy came from, so it is not counted twice. */
export function originalPathOfConflict(path: string): string | undefined {
  const cleaned = path
    .replace(/\.sync-conflict-\d{8}-\d{6}(-[A-Z0-9]{7})?/, '')
    .replace(/ ?\((?:[^)]*'s )?conflicted copy[^)]*\)/i, '')
    .replace(/ ?\[Conflict\]/i, '');
  return cleaned === path ? undefined : cleaned;
}
