/** Option handling shared by the commands, so each says the same thing the same way. */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { isIsoDate } from '../domain';
import { projectName, type ProjectIndex, type ProjectRecord } from '../index';
import { fileSystemWriter, type FileSystemWriter } from './fs-source';
import { UsageError } from './io';

/** `--as-of`, or today when it is not given. */
export function asOfOption(value: string | undefined, today: string): string {
  const asOf = value ?? today;
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of should be a date like 2026-11-30, not "${asOf}".`);
  return asOf;
}

/** The project named by `--project`, or the only one in the vault when none is named. */
export function projectNamed(index: ProjectIndex, name: string | undefined, root: string): ProjectRecord {
  const known = index.projects();
  const listed = known.map((project) => `"${projectName(project)}"`).join(', ');
  if (name === undefined) {
    if (known.length === 1) return known[0]!;
    throw new UsageError(
      known.length === 0 ? `there is no project note in ${root}.` : `say which project with --project NAME. Projects here: ${listed}.`,
    );
  }
  const found = index.findProjects(name);
  if (found.length > 1) {
    throw new UsageError(`more than one project is called "${name}": ${found.map((project) => project.path).join(', ')}. Name one by its path.`);
  }
  const project = found[0];
  if (!project) throw new UsageError(`there is no project called "${name}" in ${root}.${known.length > 0 ? ` Projects here: ${listed}.` : ''}`);
  return project;
}

/** The writer every CLI command uses: creates without overwriting, edits properties with `yaml`. */
export function vaultWriter(root: string): FileSystemWriter {
  return fileSystemWriter(root, (text) => parseYaml(text) as unknown, (data) => stringifyYaml(data));
}
