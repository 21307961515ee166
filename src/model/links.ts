/** "[[Folder/Full Plates|alias]]", "[[Full Plates.md]]" or "Full Plates" -> "Full Plates". */
export function linkTarget(value: string): string {
  let target = value.trim();
  const wiki = /^\[\[([^\]]+)\]\]$/.exec(target);
  if (wiki) target = wiki[1]!;
  const markdown = /^\[[^\]]*\]\(([^)]+)\)$/.exec(target);
  if (markdown) target = decodeLinkPath(markdown[1]!);
  target = target.split('|')[0]!.split('#')[0]!;
  const lastSegment = target.split('/').pop() ?? target;
  return lastSegment.replace(/\.md$/i, '').trim();
}

/**
 * A markdown link's path with its `%20`-style escapes decoded. A `%` that starts no escape
 * ("50% done.md") is kept as it is, as Obsidian does, instead of throwing.
 */
function decodeLinkPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // Decode each well-formed run of escapes on its own; a stray `%` stays text.
    return path.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

export function basename(path: string): string {
  // Every note gets one: cut once, without splitting the whole path.
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.length >= 3 && name.slice(-3).toLowerCase() === '.md' ? name.slice(0, -3) : name;
}

export function parentFolder(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut === -1 ? '' : path.slice(0, cut);
}

/** True when `path` is inside `folder` (any depth). The vault root holds everything. */
export function isInsideFolder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}
