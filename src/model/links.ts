/** "[[Folder/Full Plates|alias]]", "[[Full Plates.md]]" or "Full Plates" -> "Full Plates". */
export function linkTarget(value: string): string {
  let target = value.trim();
  const wiki = /^\[\[([^\]]+)\]\]$/.exec(target);
  if (wiki) target = wiki[1]!;
  const markdown = /^\[[^\]]*\]\(([^)]+)\)$/.exec(target);
  if (markdown) target = decodeURIComponent(markdown[1]!);
  target = target.split('|')[0]!.split('#')[0]!;
  const lastSegment = target.split('/').pop() ?? target;
  return lastSegment.replace(/\.md$/i, '').trim();
}

export function basename(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}

export function parentFolder(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut === -1 ? '' : path.slice(0, cut);
}

/** True when `path` is inside `folder` (any depth). The vault root holds everything. */
export function isInsideFolder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}
