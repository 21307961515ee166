import { defineConfig } from "vitest/config";

// Three projects:
//   unit     everything under test/ except plugin/ and browser/, in Node
//   plugin   integration tests of the Obsidian host against obsidian-test-mocks, in jsdom
//   browser  tests that launch headless Chromium themselves (playwright-core), in Node, slow
export default defineConfig({ 
	test: {
		// One temporary folder for the run's files, removed at the end (test/support/temp-root.ts).
		globalSetup: ["test/support/temp-root.ts"],
		projects: [
			{
				extends: true,
				test: {
					name: "unit",
					environment: "node",
					include: ["test/**/*.test.ts"],
					exclude: ["test/plugin/**", "test/browser/**", "**/node_modules/**"],
				},
			},
			{
				extends: true,
				// The `obsidian` npm package holds types only (its "main" is empty), so Vite cannot
				// resolve it; point it at the mocks. The setup file's vi.mock("obsidian") then agrees.
				resolve: {
					alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }],
				},
				test: {
					name: "plugin",
					environment: "jsdom",
					include: ["test/plugin/**/*.test.ts"],
					// Patches Obsidian's DOM helpers and globals, and mocks the `obsidian` module.
					setupFiles: ["obsidian-test-mocks/vitest-setup"],
				},
			},
			{
				extends: true,
				test: {
					name: "browser",
					environment: "node",
					include: ["test/browser/**/*.test.ts"],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
