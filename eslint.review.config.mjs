// The obsidianmd lint as the community directory's automated review runs it: the plugin's
// recommended config alone, none of this project's own rules or exceptions, over all of
// src/ (src/cli too: it is not in main.js, but the review reads the repository). Run it with `npm run lint:review` (docs/review-lint.md).
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
	globalIgnores(["main.js", "dist/**", "release/**", "node_modules/**", "vault-template/**", "test/**", "scripts/**", "*.mjs", "*.ts"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
]);
