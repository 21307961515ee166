/**
 * What the CLI lends to fill in templates. Dates are formatted by `moment` itself, at the
 * version Obsidian ships, so `{{date:FORMAT}}` gives exactly what core Templates gives.
 * It is bundled into the CLI only; the plugin uses the `moment` Obsidian exports.
 */
import moment from 'moment';
import { stringify } from 'yaml';
import type { TemplateTools } from '../model/new-project';
import { readYaml } from './yaml-reader';

export const templateTools: TemplateTools = {
  formatDate: (date, pattern) => moment(date).format(pattern),
  readYaml,
};

/** Properties as YAML, by the `yaml` library: empty values as `name:`, no folded lines. */
export function writeYaml(properties: Record<string, unknown>): string {
  return stringify(properties, { nullStr: '', lineWidth: 0 });
}
