/**
 * Settings. The synced ones live in the plugin's data.json; the writer's name lives on
 * each device (Obsidian's local storage), so every team member keeps their own.
 *
 * One list of settings (`SETTINGS_LAYOUT`) feeds two renderers: Obsidian 1.13 and later draw it
 * from `getSettingDefinitions()`, which also puts every setting in Obsidian's settings search;
 * older versions call `display()`, which draws the same list by hand.
 */
import { PluginSettingTab, Setting, debounce, normalizePath, type App, type SettingDefinition, type SettingDefinitionItem } from 'obsidian';
import type { UnusedSetting } from '../analysis/settings';
import { MAX_DAYS, daysProblem } from '../analysis/thresholds';
import { getAuthor, setAuthor, type CoproductionSettings } from './host';
import type CoproductionTrackerPlugin from './main';

/** How long after the last key press a typed setting is saved. */
const SAVE_DELAY_MS = 800;

type DaysKey = 'recentDays' | 'feedbackWarningDays';
type ToggleKey = 'lensTags' | 'lensSuggestions' | 'lensCompletion' | 'lensGlance' | 'leavePersonalOut';

/** One setting as both renderers draw it. `author` is the device's own name, not a synced setting. */
type SettingRow = { name: string; desc: string } & (
  | { control: 'text'; key: 'author'; placeholder: string }
  | { control: 'folder'; key: 'templatesFolder'; placeholder: string }
  | { control: 'days'; key: DaysKey }
  | { control: 'toggle'; key: ToggleKey }
);

interface SettingSection {
  /** None for the first section, which stands above every heading. */
  heading?: string;
  rows: SettingRow[];
}

const SETTINGS_LAYOUT: readonly SettingSection[] = [
  {
    rows: [
      {
        key: 'author',
        control: 'text',
        name: 'Your name on this device',
        desc: 'Written as the author of the notes you create. It stays on this device and is not shared through sync.',
        placeholder: 'For example: Sam',
      },
    ],
  },
  {
    heading: 'Notes',
    rows: [
      {
        key: 'templatesFolder',
        control: 'folder',
        name: 'Templates folder',
        desc: 'Where your note templates live. Notes in this folder are never counted on the dashboard.',
        placeholder: 'Templates',
      },
    ],
  },
  {
    heading: 'Dashboard',
    rows: [
      {
        key: 'recentDays',
        control: 'days',
        name: 'Recent window in days',
        desc: 'Evidence from this many days back counts as recent when the levels are worked out.',
      },
      {
        key: 'feedbackWarningDays',
        control: 'days',
        name: 'Feedback warning days',
        desc: 'Warn when people at a session have not been told what came of their input after this many days.',
      },
    ],
  },
  {
    heading: 'Editor',
    rows: [
      {
        key: 'lensTags',
        control: 'toggle',
        name: 'Show tags as labels',
        desc: 'Ingredient, gap and barrier tags show as short labels with a symbol. The tag itself shows again when the cursor is in it.',
      },
      {
        key: 'lensSuggestions',
        control: 'toggle',
        name: 'Suggest tags while writing',
        desc: 'A line whose words point to an ingredient gets a quiet hint at its end, with buttons to add the tag or dismiss the hint.',
      },
      { key: 'lensCompletion', control: 'toggle', name: 'Complete ingredient tags', desc: 'Typing #ingredient/ or #gap/ lists the six ingredients.' },
      {
        key: 'lensGlance',
        control: 'toggle',
        name: 'This note at a glance',
        desc: "The note's evidence and gaps by ingredient, and the project's weakest ingredient: in the status bar, or on phones in a line at the top of the note.",
      },
    ],
  },
  {
    heading: 'Exports',
    rows: [
      {
        key: 'leavePersonalOut',
        control: 'toggle',
        name: 'Leave personal details out of exports',
        desc: 'Access needs, contact details and similar notes about participants stay out of reports and exports.',
      },
    ],
  },
];

export class CoproductionSettingTab extends PluginSettingTab {
  private readonly saveSoon = debounce(() => void this.plugin.saveSettings(), SAVE_DELAY_MS, true);

  constructor(
    app: App,
    private readonly plugin: CoproductionTrackerPlugin,
  ) {
    super(app, plugin);
  }

  /** Obsidian 1.13 and later: the settings as data, drawn and searched by Obsidian itself. */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return SETTINGS_LAYOUT.flatMap((section): SettingDefinitionItem[] => {
      const items = section.rows.map(definitionOf);
      return section.heading === undefined ? items : [{ type: 'group', heading: section.heading, items }];
    });
  }

  override getControlValue(key: string): unknown {
    if (key === 'author') return getAuthor(this.app);
    return isSyncedKey(key) ? this.plugin.settings[key] : undefined;
  }

  /**
   * Keeps a changed value. Typed values are saved once typing pauses; a switch is saved at once.
   * A value the setting cannot take is ignored, never saved.
   */
  override async setControlValue(key: string, value: unknown): Promise<void> {
    const row = rowOf(key);
    if (row === undefined) return;
    switch (row.control) {
      case 'text':
        setAuthor(this.app, String(value));
        return;
      case 'folder': {
        const folder = String(value).trim();
        this.plugin.settings.templatesFolder = folder === '' ? '' : normalizePath(folder);
        this.saveSoon();
        return;
      }
      case 'days':
        if (daysProblem(value) !== undefined) return;
        this.plugin.settings[row.key] = Number(value);
        this.saveSoon();
        return;
      case 'toggle':
        if (typeof value !== 'boolean') return;
        this.plugin.settings[row.key] = value;
        await this.plugin.saveSettings();
    }
  }

  /** Obsidian before 1.13: the same list, drawn by hand. */
  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const section of SETTINGS_LAYOUT) {
      if (section.heading !== undefined) new Setting(containerEl).setName(section.heading).setHeading();
      for (const row of section.rows) this.drawRow(row);
    }
  }

  override hide(): void {
    // Save anything typed a moment ago before the tab closes.
    this.saveSoon.run();
    super.hide();
  }

  private drawRow(row: SettingRow): void {
    const setting = new Setting(this.containerEl).setName(row.name).setDesc(row.desc);
    const change = (value: unknown) => void this.setControlValue(row.key, value);
    switch (row.control) {
      case 'text':
      case 'folder':
        setting.addText((text) => text.setPlaceholder(row.placeholder).setValue(String(this.getControlValue(row.key))).onChange(change));
        return;
      case 'days':
        setting.addText((text) => {
          text.inputEl.type = 'number';
          text.inputEl.min = '1';
          text.inputEl.max = String(MAX_DAYS);
          text.inputEl.step = '1';
          // A number that cannot be used is said where it was typed, not dropped without a word.
          const problemEl = setting.descEl.createDiv({ cls: 'mod-warning', attr: { role: 'alert' } });
          text.setValue(String(this.getControlValue(row.key))).onChange((value) => {
            const problem = daysProblem(value);
            text.inputEl.setAttribute('aria-invalid', problem === undefined ? 'false' : 'true');
            problemEl.setText(problem === undefined ? '' : `${problem} This one is not kept.`);
            change(value);
          });
        });
        return;
      case 'toggle':
        setting.addToggle((toggle) => toggle.setValue(this.plugin.settings[row.key]).onChange(change));
    }
  }
}

function definitionOf(row: SettingRow): SettingDefinition {
  const { name, desc } = row;
  switch (row.control) {
    case 'text':
      return { name, desc, control: { type: 'text', key: row.key, placeholder: row.placeholder } };
    case 'folder':
      return { name, desc, control: { type: 'folder', key: row.key, placeholder: row.placeholder } };
    case 'days':
      return { name, desc, control: { type: 'number', key: row.key, min: 1, max: MAX_DAYS, step: 1, validate: daysProblem } };
    case 'toggle':
      return { name, desc, control: { type: 'toggle', key: row.key } };
  }
}

/**
 * A stored setting that could not be used, in the words of this tab: its name as shown here
 * instead of its key in data.json, and a switch as on or off instead of true or false.
 */
export function unusedSettingText(unused: UnusedSetting): string {
  const row = unused.property === undefined ? undefined : rowOf(unused.property);
  if (row === undefined) return unused.message;
  const named = unused.message.replace(`"${row.key}"`, `"${row.name}"`);
  return row.control === 'toggle' ? named.replace(/, so (true|false) is used\.$/, (_all, value: string) => `, so it is ${value === 'true' ? 'on' : 'off'}.`) : named;
}

function rowOf(key: string): SettingRow | undefined {
  for (const section of SETTINGS_LAYOUT) {
    const row = section.rows.find((candidate) => candidate.key === key);
    if (row !== undefined) return row;
  }
  return undefined;
}

function isSyncedKey(key: string): key is keyof CoproductionSettings {
  return key !== 'author' && rowOf(key) !== undefined;
}
