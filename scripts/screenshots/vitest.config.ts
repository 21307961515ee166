// Runs plugin-views.run.ts in the same world as the plugin tests (jsdom, obsidian-test-mocks),
// so the screenshots show the plugin's own DOM. Not part of `npm test`: `npm run screenshots`.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  resolve: { alias: [{ find: /^obsidian$/, replacement: 'obsidian-test-mocks/obsidian' }] },
  test: {
    environment: 'jsdom',
    include: ['scripts/screenshots/plugin-views.run.ts'],
    setupFiles: ['obsidian-test-mocks/vitest-setup'],
    testTimeout: 120_000,
  },
});
