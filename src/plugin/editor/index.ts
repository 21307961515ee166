/**
 * Wires the ingredient lens into Obsidian: the editor extension, tag completion, the status
 * bar glance (desktop), two commands, and the check that a note belongs to a project.
 */
import { MarkdownView, Platform, editorInfoField, type Editor, type MarkdownFileInfo, type Plugin, type TFile } from 'obsidian';
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { buildDashboard } from '../../analysis/dashboard';
import type { ScoringSettings } from '../../analysis/thresholds';
import type { IngredientId } from '../../domain';
import type { ProjectIndex } from '../../index';
import type { CoproductionSettings } from '../host';
import { IngredientTagSuggest } from './completion';
import { acceptSuggestion, dismissSuggestion, glanceOf, glanceText, ingredientLens, suggestionAt, type Glance } from './lens';

export { ingredientLens } from './lens';

/** What the lens needs from the plugin. */
export interface LensHost {
  settings: CoproductionSettings;
  index: ProjectIndex;
  today(): string;
  scoringSettings(): Partial<ScoringSettings>;
  /** The plugin's one status bar item (desktop only): the glance is shown there. */
  statusBar?: { setGlance(text: string): void };
}

/** True for a note the tracker reads as part of a project: never the templates folder, never a loose note. */
export function inProject(index: ProjectIndex, path: string): boolean {
  if (index.isIgnored(path)) return false;
  return index.projectOf(path) !== undefined || index.get(path)?.kind === 'project';
}

function fileOf(state: EditorState): TFile | null {
  return state.field(editorInfoField, false)?.file ?? null;
}

/** The CodeMirror view behind an Obsidian editor (not in the public types, present on every platform). */
function cmOf(editor: Editor): EditorView | undefined {
  return (editor as unknown as { cm?: EditorView }).cm;
}

export function registerIngredientLens(plugin: Plugin, host: LensHost): void {
  const { app } = plugin;
  const weakestCache = new Map<string, { key: string; weakest: IngredientId | undefined }>();

  const weakestOf = (path: string): IngredientId | undefined => {
    const projectPath = host.index.get(path)?.kind === 'project' ? path : host.index.projectOf(path);
    const project = projectPath ? host.index.get(projectPath) : undefined;
    if (!projectPath || project?.kind !== 'project') return undefined;
    const key = `${host.index.projectVersion(projectPath)}|${host.today()}`;
    const cached = weakestCache.get(projectPath);
    if (cached?.key === key) return cached.weakest;
    const model = buildDashboard(host.index, project, { asOf: host.today(), settings: host.scoringSettings() });
    const weakest = [...model.ingredients].sort((a, b) => a.level - b.level || a.total - b.total)[0]?.id;
    weakestCache.set(projectPath, { key, weakest });
    return weakest;
  };

  const active = (state: EditorState): boolean => {
    const file = fileOf(state);
    return file !== null && inProject(host.index, file.path);
  };

  // One status bar item for the whole plugin: the glance replaces the plain evidence count while a note is edited.
  const showGlance = (file: TFile | null, glance: Glance | undefined): void => {
    if (Platform.isMobile || !host.statusBar) return;
    const text = host.settings.lensGlance && glance && file && inProject(host.index, file.path) ? glanceText(glance) : '';
    host.statusBar.setGlance(text);
  };

  plugin.registerEditorExtension(
    ingredientLens({
      isActive: active,
      parts: () => ({
        tags: host.settings.lensTags,
        suggestions: host.settings.lensSuggestions,
        header: host.settings.lensGlance && Platform.isMobile,
      }),
      weakest: (state) => {
        const file = fileOf(state);
        return file ? weakestOf(file.path) : undefined;
      },
      onGlance: (view, glance) => {
        const file = fileOf(view.state);
        if (file && file === app.workspace.getActiveFile()) showGlance(file, glance);
      },
    }),
  );

  plugin.registerEditorSuggest(
    new IngredientTagSuggest(app, {
      completes: (file) => host.settings.lensCompletion && file !== null && inProject(host.index, file.path),
    }),
  );

  const refreshStatus = (): void => {
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    const cm = view ? cmOf(view.editor) : undefined;
    showGlance(view?.file ?? null, cm && active(cm.state) ? glanceOf(cm.state) : undefined);
  };
  // Nothing is listened to before the layout is ready.
  app.workspace.onLayoutReady(() => {
    plugin.registerEvent(app.workspace.on('active-leaf-change', refreshStatus));
    plugin.registerEvent(app.workspace.on('file-open', refreshStatus));
  });

  const onLine = (action: (view: EditorView, pos: number) => boolean) =>
    (checking: boolean, editor: Editor, info: MarkdownView | MarkdownFileInfo): boolean => {
      const cm = cmOf(editor);
      if (!cm || !info.file || !host.settings.lensSuggestions || !inProject(host.index, info.file.path)) return false;
      const pos = cm.state.selection.main.head;
      if (!suggestionAt(cm.state, pos)) return false;
      if (!checking) action(cm, pos);
      return true;
    };
  plugin.addCommand({ id: 'accept-line-suggestion', name: 'Add the suggested tag to this line', editorCheckCallback: onLine(acceptSuggestion) });
  plugin.addCommand({ id: 'dismiss-line-suggestion', name: 'Dismiss the suggestion on this line', editorCheckCallback: onLine(dismissSuggestion) });
}

/** After a settings change or once the index is ready: every open editor draws the lens again. */
export function refreshLens(plugin: Plugin): void {
  plugin.app.workspace.updateOptions();
}
