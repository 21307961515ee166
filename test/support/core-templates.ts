/**
 * Fills in a template exactly as Obsidian's core Templates plugin does: only `{{title}}`,
 * `{{date}}` and `{{time}}` (with or without a moment format), replaced as plain text.
 * Its defaults are YYYY-MM-DD and HH:mm (Settings → Templates).
 */
import moment from 'moment';

export function asCoreTemplates(template: string, title: string, now: Date): string {
  return template
    .replace(/\{\{date(?::(.*?))?\}\}/gi, (_whole, format?: string) => moment(now).format(format || 'YYYY-MM-DD'))
    .replace(/\{\{time(?::(.*?))?\}\}/gi, (_whole, format?: string) => moment(now).format(format || 'HH:mm'))
    .replace(/\{\{title\}\}/gi, title);
}
