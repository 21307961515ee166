// ESLint flat config (eslint 9).
//
//   src/** except src/cli   eslint-plugin-obsidianmd "recommended" (eslint + typescript-eslint
//                           recommendedTypeChecked + Obsidian review rules): all of it ends up in main.js
//   src/cli/**              typescript-eslint recommendedTypeChecked (Node host, not shipped to Obsidian)
//   test/**, scripts/**     typescript-eslint recommended (no type information), no layer rules
//   manifest.json           obsidianmd/validate-manifest;  package.json: depend/ban-dependencies
//   src/**                  eslint-plugin-regexp recommended + no-super-linear-backtracking/-move (linear-time regexes)
//
// Layers (imports point down only): domain < model < index < analysis < render < plugin, cli.
// Enforced with eslint's built-in `no-restricted-imports`, together with "only src/plugin
// imports obsidian/CodeMirror" and "only src/cli imports Node built-ins".
import { builtinModules } from "node:module";

import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import regexp from "eslint-plugin-regexp";

const TS_FILE = "*.{ts,mts,cts}";
const TS = `**/${TS_FILE}`;

// ---------------------------------------------------------------------------
// Pieces of the obsidianmd recommended config reused outside src/.
const packageJsonConfig = obsidianmd.configs.recommended.find(
	(c) => c.language === "json/json" && Array.isArray(c.files) && c.files.length === 1 && c.files[0] === "package.json",
);
const eslintComments = obsidianmd.configs.recommended.find((c) => c.plugins?.["eslint-comments"])?.plugins[
	"eslint-comments"
];
if (!packageJsonConfig || !eslintComments) {
	throw new Error("eslint.config.mjs: eslint-plugin-obsidianmd's recommended config changed shape; update this file.");
}

// ---------------------------------------------------------------------------
// Layer rules.
const LAYERS = ["domain", "model", "index", "analysis", "render", "plugin", "cli"];
/** What each layer may NOT import (the layers above it, and the sibling host). */
const FORBIDDEN_LAYERS = {
	domain: ["model", "index", "analysis", "render", "plugin", "cli"],
	model: ["index", "analysis", "render", "plugin", "cli"],
	index: ["analysis", "render", "plugin", "cli"],
	analysis: ["render", "plugin", "cli"],
	render: ["plugin", "cli"],
	plugin: ["cli"],
	cli: ["plugin"],
};
const OBSIDIAN_MESSAGE =
	"Only src/plugin may import Obsidian, Electron or CodeMirror; keep this layer pure and pass what it needs through a port.";
const NODE_MESSAGE =
	"Only src/cli may import Node built-ins; the rest of src runs in Obsidian (desktop and mobile) and the browser too.";
const obsidianPaths = ["obsidian", "electron"].map((name) => ({ name, message: OBSIDIAN_MESSAGE }));
const obsidianPatterns = [{ group: ["@codemirror/*", "@lezer/*", "obsidian/*"], message: OBSIDIAN_MESSAGE }];
const nodePaths = builtinModules
	.filter((m) => !m.startsWith("_"))
	.map((name) => ({ name, message: NODE_MESSAGE }));
const nodePatterns = [{ group: ["node:*"], message: NODE_MESSAGE }];

/**
 * A relative import means a different folder depending on how deep the importing file is,
 * so layer rules are generated per depth: a file at src/<layer>/<d-1 folders>/x.ts reaches
 * src/ with exactly d "../". Matching that exact count avoids false positives on barrels
 * (e.g. `../index` inside src/domain/foo/ means src/domain/index.ts, not the index layer).
 */
const MAX_DEPTH = 8;
function layerPatterns(forbidden, depth) {
	const targets = forbidden.join("|");
	return [
		{
			regex: `^(\\./)?(\\.\\./){${depth}}(${targets})(/.*)?$`,
			message: `Layer rule: imports point down only (domain < model < index < analysis < render < plugin, cli). This layer may not import ${forbidden.join(", ")}.`,
		},
		{
			regex: `^(\\./)?(\\.\\./){${depth + 1},}src/(${targets})(/.*)?$`,
			message: `Layer rule: this layer may not import ${forbidden.join(", ")} (not even through a path that leaves src/).`,
		},
	];
}
function restrictedImports(layer, depth) {
	const paths = [];
	const patterns = [];
	if (layer !== "plugin") {
		paths.push(...obsidianPaths);
		patterns.push(...obsidianPatterns);
	}
	if (layer !== "cli") {
		paths.push(...nodePaths);
		patterns.push(...nodePatterns);
	}
	if (layer && depth) patterns.push(...layerPatterns(FORBIDDEN_LAYERS[layer], depth));
	return ["error", { paths, patterns }];
}
const layerConfigs = [
	// Files directly in src/ (none planned): pure, like the core.
	{ name: "coprod/layers/src-root", files: [`src/${TS_FILE}`], rules: { "no-restricted-imports": restrictedImports(null, 0) } },
	...LAYERS.flatMap((layer) =>
		Array.from({ length: MAX_DEPTH }, (_, i) => {
			const depth = i + 1;
			const dirs = ["src", layer, ...Array(depth - 1).fill("*")].join("/");
			return {
				name: `coprod/layers/${layer}/depth-${depth}`,
				files: [`${dirs}/${TS_FILE}`],
				rules: { "no-restricted-imports": restrictedImports(layer, depth) },
			};
		}),
	),
];

// Minimal Node globals for the plain .mjs build scripts (TypeScript files get theirs from @types/node).
const nodeGlobals = Object.fromEntries(
	["process", "console", "URL", "Buffer", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "structuredClone"].map(
		(g) => [g, "readonly"],
	),
);

export default defineConfig([
	globalIgnores([
		"release/**",
		"main.js",
		"main.js.map",
		"dist/**",
		"node_modules/**",
		"vault-template/.obsidian/**",
		"test-results/**",
		"coverage/**",
	]),

	// --- src/ except src/cli: everything that is bundled into the Obsidian plugin -------------
	{
		name: "coprod/obsidianmd",
		files: [`src/${TS}`],
		ignores: ["src/cli/**"],
		extends: [obsidianmd.configs.recommended],
	},

	// --- src/cli: the Node host ---------------------------------------------------------------
	{
		name: "coprod/cli",
		files: [`src/cli/${TS}`],
		extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
		plugins: { "eslint-comments": eslintComments },
		rules: {
			"eslint-comments/require-description": "error",
			"eslint-comments/no-unlimited-disable": "error",
		},
	},

	// --- type information for all of src --------------------------------------------------------
	{
		name: "coprod/typed",
		files: [`src/${TS}`],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},

	// --- tests and scripts: recommended, no type information, no layer rules ---------------------
	{
		name: "coprod/tests-and-scripts",
		files: [`test/${TS}`, `scripts/${TS}`, TS_FILE],
		extends: [js.configs.recommended, tseslint.configs.recommended],
		plugins: { "eslint-comments": eslintComments },
		rules: {
			"eslint-comments/require-description": "error",
			"eslint-comments/no-unlimited-disable": "error",
		},
	},
	{
		name: "coprod/js-scripts",
		files: ["**/*.{js,mjs,cjs}"],
		extends: [js.configs.recommended],
		languageOptions: { globals: nodeGlobals },
	},

	// --- regular expressions over note text: linear time (issue 9) ------------------------------------
	// A note is untrusted text; the plugin parses it on every edit. eslint-plugin-regexp's
	// recommended rules, plus both super-linear checks as errors: no pattern may backtrack
	// (no-super-linear-backtracking) or be retried from every position (no-super-linear-move).
	{
		name: "coprod/regexp",
		files: [`src/${TS}`],
		extends: [regexp.configs["flat/recommended"]],
		rules: {
			"regexp/no-super-linear-backtracking": "error",
			"regexp/no-super-linear-move": "error",
		},
	},

	// --- project-wide rules ------------------------------------------------------------------------
	{
		name: "coprod/typescript",
		files: [TS],
		rules: {
			// TypeScript checks undefined names itself (typescript-eslint's advice).
			"no-undef": "off",
			// `any` only with an eslint-disable-next-line comment that gives the reason.
			"@typescript-eslint/no-explicit-any": "error",
		},
	},
	{
		// Output must be the same bytes under any LANG: sorting by the process's language is not.
		name: "coprod/locale-independent",
		files: [`src/${TS}`],
		rules: {
			"no-restricted-properties": [
				"error",
				{ property: "localeCompare", message: "Sorts follow the process's language. Use compareText from src/domain." },
				{ property: "toLocaleLowerCase", message: "Use toLowerCase(): it does not depend on the language." },
				{ property: "toLocaleUpperCase", message: "Use toUpperCase(): it does not depend on the language." },
			],
		},
	},
	{
		name: "coprod/linter-options",
		linterOptions: { reportUnusedDisableDirectives: "error" },
	},

	// --- layer rules (after the obsidianmd config, which turns the core rule off) ---------------
	...layerConfigs,

	// --- manifest.json and package.json ------------------------------------------------------------
	{
		name: "coprod/manifest",
		files: ["manifest.json"],
		// validate-manifest walks an ESTree AST (Program > ExpressionStatement > ObjectExpression),
		// which typescript-eslint's parser produces for a .json file; @eslint/json's AST it ignores.
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: [".json"] } },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{ ...packageJsonConfig, name: "coprod/package-json" },
	{
		name: "coprod/package-json-moment",
		files: ["package.json"],
		rules: {
			// moment is what Obsidian ships and what core Templates formats dates with. Only the CLI
			// bundles it, at Obsidian's version, so a template's {{date:FORMAT}} reads the same in
			// both; the plugin uses Obsidian's own copy (test/release/mobile-safe.test.ts).
			"depend/ban-dependencies": ["error", { allowed: ["moment"] }],
		},
	},
]);
