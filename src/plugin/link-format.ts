/**
 * Links in notes the plugin writes follow the vault's own choice (Settings → Files and links:
 * wikilinks or markdown links, shortest or relative or absolute path). The shared renderer
 * writes `[[Folder/Note|Title]]`; here each such link is made again by
 * `FileManager.generateMarkdownLink`, the call Obsidian itself uses.
 */
import { TFile, normalizePath, type App } from 'obsidian';

/**
 * `[[path|title]]` as the renderer writes it: the path never holds `[`, `]`, `|` or a line
 * break and neither does the title, and note text in the report has every `[` escaped, so a
 * `[[` can only open one of these links. No nested quantifiers: linear.
 */
const WIKILINK = /\[\[([^[\]|\n]+)\|([^[\]|\n]*)\]\]/g;

/** Rewrites each `[[path|title]]` with `makeLink`; a link it cannot make is kept as it is. */
export function relink(text: string, makeLink: (path: string, title: string) => string | undefined): string {
  return text.replace(WIKILINK, (whole: string, path: string, title: string) => makeLink(path, title) ?? whole);
}

/** The report text with its links in the vault's link format, as seen from `sourcePath`. */
export function inVaultLinkFormat(app: App, text: string, sourcePath: string): string {
  return relink(text, (path, title) => {
    const file = app.vault.getAbstractFileByPath(normalizePath(`${path}.md`));
    return file instanceof TFile ? app.fileManager.generateMarkdownLink(file, sourcePath, undefined, title) : undefined;
  });
}
