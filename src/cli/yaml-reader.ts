import { parseDocument } from 'yaml';
import { YAML_PROBLEMS, type YamlReader } from '../model';

/** The CLI's YAML parser; the plugin uses Obsidian's own instead. */
export const readYaml: YamlReader = (yaml) => {
  // YAML 1.2 core schema: dates stay text, as they do in Obsidian.
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    // Count lines up to where the error was found; the position is a character offset.
    const line = yaml.slice(0, error.pos[0]).split('\n').length;
    return { ok: false, message: plainYamlError(error.code, error.message), line };
  }
  try {
    return { ok: true, data: document.toJS() as unknown };
  } catch (error) {
    // toJS() throws on some documents that parse, such as an alias (*name) with no anchor.
    return { ok: false, message: `${error instanceof Error ? error.message : 'the values could not be read'}.` };
  }
};

function plainYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return YAML_PROBLEMS.duplicate;
    case 'MISSING_CHAR':
    case 'MISSING_QUOTE':
      return YAML_PROBLEMS.unclosed;
    case 'TAB_AS_INDENT':
      return YAML_PROBLEMS.tab;
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return YAML_PROBLEMS.indent;
    default:
      return `${message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')}.`;
  }
}
