/**
 * The plugin's side of the read port: notes come from the vault, and properties come from
 * Obsidian's metadata cache, so the index does not parse YAML a second time. Only a note
 * whose cache holds no properties (Obsidian could not read them) is parsed here, with
 * Obsidian's own `parseYaml`, so broken properties still become a Problem with a line.
 */
import { TFile, parseYaml, type App, type CachedMetadata } from 'obsidian';
import type { NoteSource } from '../index';
import { YAML_PROBLEMS, type YamlReader } from '../model';
import { checkedYamlData, yamlDataFault } from '../model/yaml-data';

export function vaultSource(app: App): NoteSource {
  const fileAt = (path: string): TFile | undefined => {
    const file = app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? file : undefined;
  };
  return {
    listNotes() {
      return Promise.resolve(app.vault.getMarkdownFiles().map((file) => file.path));
    },
    async readNote(path) {
      const file = fileAt(path);
      if (!file) throw new Error(`No note at ${path}.`);
      return app.vault.cachedRead(file);
    },
    cachedFrontmatter(path) {
      const file = fileAt(path);
      return file ? frontmatterOf(app.metadataCache.getFileCache(file)) : undefined;
    },
  };
}

/** The properties Obsidian parsed, as a plain copy; undefined when it has none for this note. */
export function frontmatterOf(cache: CachedMetadata | null | undefined): Record<string, unknown> | undefined {
  const frontmatter: unknown = cache?.frontmatter;
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) return undefined;
  // A value that contains itself (`&a [*a]`) or repeats too much is left to the reader below,
  // which names the problem; nothing else ever walks it.
  if (yamlDataFault(frontmatter) !== undefined) return undefined;
  return { ...(frontmatter as Record<string, unknown>) };
}

/** Obsidian's YAML parser behind the core's YamlReader: it never throws. */
export const obsidianYamlReader: YamlReader = (yaml) => {
  try {
    return checkedYamlData(parseYaml(yaml) as unknown);
  } catch (error) {
    const line = yamlErrorLine(error);
    return { ok: false, message: plainYamlMessage(error), ...(line !== undefined ? { line } : {}) };
  }
};

function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}

/** The 1-based line within the YAML text, from whichever parser Obsidian bundles. */
export function yamlErrorLine(error: unknown): number | undefined {
  // js-yaml: `mark.line` is 0-based.
  const markLine = field(field(error, 'mark'), 'line');
  if (typeof markLine === 'number') return markLine + 1;
  // the `yaml` package: `linePos[0].line` is 1-based.
  const linePos = field(error, 'linePos');
  const first: unknown = Array.isArray(linePos) ? linePos[0] : undefined;
  const posLine = field(first, 'line');
  if (typeof posLine === 'number') return posLine;
  const message = field(error, 'message');
  const match = typeof message === 'string' ? /line (\d+)/i.exec(message) : null;
  return match ? Number(match[1]) : undefined;
}

/** The parser's reason in plain words, naming what was expected. */
export function plainYamlMessage(error: unknown): string {
  const reason = field(error, 'reason');
  const message = field(error, 'message');
  const raw = typeof reason === 'string' ? reason : typeof message === 'string' ? message : String(error);
  const text = raw.toLowerCase();
  if (/duplicat|unique/.test(text)) return YAML_PROBLEMS.duplicate;
  if (/\btabs?\b/.test(text)) return YAML_PROBLEMS.tab;
  if (/quote|flow collection|bracket|missing closing/.test(text)) return YAML_PROBLEMS.unclosed;
  if (/excessive|exhaust/.test(text)) return YAML_PROBLEMS.tooManyRepeats;
  if (/alias/.test(text)) return YAML_PROBLEMS.unknownName;
  if (/single document|multiple documents/.test(text)) return YAML_PROBLEMS.twoBlocks;
  if (/indent|multiline|implicit key|mapping|end of the stream|document separator/.test(text)) return YAML_PROBLEMS.indent;
  if (/escape/.test(text)) return YAML_PROBLEMS.escape;
  // Anything else the parser said is in its own jargon: never shown.
  return YAML_PROBLEMS.other;
}
