import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDashboard } from '../../analysis/dashboard';
import { MAX_DAYS, daysProblem } from '../../analysis/thresholds';
import { renderHtmlPage } from '../../render/html-page';
import { renderPortfolioTerminal, renderTerminal } from '../../render/terminal';
import { EXIT, UsageError, type CliIo } from '../io';
import { asOfOption, projectNamed } from '../options';
import { refuseExisting, writeNewFile } from '../out-file';
import { openVault, resolveVault } from '../vault';

export const DASHBOARD_HELP = `Usage: coprod dashboard [VAULT] [options]

Scores each project in VAULT (default: the current folder) against the six
ingredients of co-production and prints a summary.

Options:
  --project NAME   only this project (by name or file name)
  --as-of DATE     score as if today were DATE (YYYY-MM-DD)
  --recent DAYS    how many days count as recent (default: the plugin's
                   setting in this vault, or 90)
  --json FILE      also write the dashboard as JSON (- for standard output);
                   FILE must not exist yet: nothing is ever overwritten
  --html FILE      also write a standalone HTML page (FILE must not exist yet)
  -h, --help       show this help

Exit code: 0 done, 2 the command could not run (wrong options, no such vault
or project, or FILE already exists), 3 something unexpected went wrong.
`;

export async function dashboard(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      project: { type: 'string' },
      'as-of': { type: 'string' },
      recent: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
    },
  });
  if (values.help) {
    io.out(DASHBOARD_HELP);
    return EXIT.ok;
  }
  const asOf = asOfOption(values['as-of'], io.today);
  const recentDays = values.recent === undefined ? undefined : Number(values.recent);
  if (values.recent !== undefined && daysProblem(values.recent) !== undefined) {
    throw new UsageError(`--recent should be a whole number of days from 1 to ${MAX_DAYS}, not "${values.recent}".`);
  }
  // A second folder is a mistake to name, not to ignore (a file name with a space, unquoted).
  if (positionals.length > 1) throw new UsageError(`give one vault folder, not ${positionals.length}: ${positionals.map((given) => `"${given}"`).join(', ')}.`);
  const root = resolveVault(io.cwd, positionals[0]);
  const { index, scoring } = await openVault(root, { warn: (text) => io.err(text), progress: io.progress, clock: io.clock });
  const projects = values.project === undefined ? index.projects() : [projectNamed(index, values.project, root)];
  if (projects.length === 0) throw new UsageError('No project note in this vault. Create one with: coprod new project NAME');
  // The team's settings, as the dashboard in Obsidian uses them; --recent overrides for this run.
  const settings = recentDays === undefined ? scoring : { ...scoring, recentDays };
  const models = projects.map((project) => buildDashboard(index, project, { asOf, settings }));
  // Refuse before printing anything: an export never replaces a file, a note least of all.
  const jsonFile = values.json === undefined || values.json === '-' ? undefined : path.resolve(io.cwd, values.json);
  const htmlFile = values.html === undefined ? undefined : path.resolve(io.cwd, values.html);
  if (jsonFile !== undefined && jsonFile === htmlFile) throw new UsageError('--json and --html name the same file; give each its own.');
  for (const file of [jsonFile, htmlFile]) if (file !== undefined) await refuseExisting(file);
  const portfolio = models.length > 1 ? `${renderPortfolioTerminal(models[0]!.portfolio)}\n` : '';
  io.out(portfolio + models.map(renderTerminal).join('\n'));
  if (values.json !== undefined) {
    const json = `${JSON.stringify(models.length === 1 ? models[0] : models, null, 2)}\n`;
    if (values.json === '-') io.out(json);
    else if (jsonFile !== undefined) await writeNewFile(jsonFile, json);
  }
  if (htmlFile !== undefined) {
    const css = io.stylesPath === undefined ? '' : await fs.readFile(io.stylesPath, 'utf8');
    await writeNewFile(htmlFile, renderHtmlPage(models, css));
  }
  return EXIT.ok;
}
