/**
 * Settings. The synced ones live in the plugin's data.json; the writer's name lives on
 * each device (Obsidian's local storage), so every team member keeps their own.
 */
import { PluginSettingTab, Setting, debounce, normalizePath, type App, type TextComponent } from 'obsidian';
import { getAuthor, setAuthor } from './host';
import type CoproductionTrackerPlugin from './main';

/** How long after the last key press a typed setting is saved. */
const SAVE_DELAY_MS = 800;

export class CoproductionSettingTab extends PluginSettingTab {
  private readonly saveSoon = debounce(() => void this.plugin.saveSettings(), SAVE_DELAY_MS, true);

  constructor(
    app: App,
    private readonly plugin: CoproductionTrackerPlugin,
  ) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();

    new Setting(containerEl)
      .setName('Your name on this device')
      .setDesc('Written as the author of the notes you create. It stays on this device and is not shared through sync.')
      .addText((text) =>
        text
          .setPlaceholder('For example: Sam')
          .setValue(getAuthor(this.app))
          .onChange((value) => setAuthor(this.app, value)),
      );

    new Setting(containerEl).setName('Notes').setHeading();
    new Setting(containerEl)
      .setName('Templates folder')
      .setDesc('Where your note templates live. Notes in this folder are never counted on the dashboard.')
      .addText((text) =>
        text
          .setPlaceholder('Templates')
          .setValue(this.plugin.settings.templatesFolder)
          .onChange((value) => {
            this.plugin.settings.templatesFolder = value.trim() === '' ? '' : normalizePath(value.trim());
            this.saveSoon();
          }),
      );

    new Setting(containerEl).setName('Dashboard').setHeading();
    this.wholeNumber(
      'Recent window in days',
      'Evidence from this many days back counts as recent when the levels are worked out.',
      'recentDays',
    );
    this.wholeNumber(
      'Feedback warning days',
      'Warn when people at a session have not been told what came of their input after this many days.',
      'feedbackWarningDays',
    );

    new Setting(containerEl).setName('Editor').setHeading();
    this.lensToggle('Show tags as labels', 'Ingredient, gap and barrier tags show as short labels with a symbol. The tag itself shows again when the cursor is in it.', 'lensTags');
    this.lensToggle('Suggest tags while writing', 'A line whose words point to an ingredient gets a quiet hint at its end, with buttons to add the tag or dismiss the hint.', 'lensSuggestions');
    this.lensToggle('Complete ingredient tags', 'Typing #ingredient/ or #gap/ lists the six ingredients.', 'lensCompletion');
    this.lensToggle('This note at a glance', "The note's evidence and gaps by ingredient, and the project's weakest ingredient: in the status bar, or on phones in a line at the top of the note.", 'lensGlance');

    new Setting(containerEl).setName('Exports').setHeading();
    new Setting(containerEl)
      .setName('Leave personal details out of exports')
      .setDesc('Access needs, contact details and similar notes about participants stay out of reports and exports.')
      .addToggle((toggle) =>
        toggle.setValue(this.plugin.settings.leavePersonalOut).onChange((value) => {
          this.plugin.settings.leavePersonalOut = value;
          void this.plugin.saveSettings();
        }),
      );
  }

  override hide(): void {
    // Save anything typed a moment ago before the tab closes.
    this.saveSoon.run();
    super.hide();
  }

  /** The editor lens works only in project notes, never in the templates folder. */
  private lensToggle(name: string, description: string, key: 'lensTags' | 'lensSuggestions' | 'lensCompletion' | 'lensGlance'): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(description)
      .addToggle((toggle) =>
        toggle.setValue(this.plugin.settings[key]).onChange((value) => {
          this.plugin.settings[key] = value;
          void this.plugin.saveSettings();
        }),
      );
  }

  private wholeNumber(name: string, description: string, key: 'recentDays' | 'feedbackWarningDays'): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(description)
      .addText((text: TextComponent) => {
        text.inputEl.type = 'number';
        text.inputEl.min = '1';
        text.inputEl.step = '1';
        text.setValue(String(this.plugin.settings[key])).onChange((value) => {
          const days = Number(value);
          const valid = Number.isInteger(days) && days > 0 && days <= 3650;
          text.inputEl.setAttribute('aria-invalid', valid ? 'false' : 'true');
          if (!valid) return;
          this.plugin.settings[key] = days;
          this.saveSoon();
        });
      });
  }
}
