/** The live view's code, bundled for a Chromium page: renderDashboard + toDom, nothing from Obsidian. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Script text that defines `window.renderLive(model)`, which draws the dashboard into a new <main>. */
export async function liveBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { renderDashboard } from './src/render/dashboard-view';
        import { toDom } from './src/render/tree';
        window.renderLive = (model) => {
          const main = document.createElement('main');
          main.append(toDom(renderDashboard(model, { standalone: false }), document));
          document.body.append(main);
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
