// Builds the two bundles of the project.
//
//   node esbuild.config.mjs           production build of the plugin (main.js) and the CLI (dist/coprod.mjs)
//   node esbuild.config.mjs --watch   development watch of the plugin only (inline source maps)
//
// After every plugin build, main.js, manifest.json and styles.css are copied into
// vault-template/.obsidian/plugins/coproduction-tracker/ so the template vault can be
// opened in Obsidian with the freshly built plugin.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

import esbuild from "esbuild";

import { cliOptions as cliOptionsFor, pluginOptions as pluginOptionsFor } from "./scripts/build-options.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes("--watch");

const PLUGIN_DIR = path.join(root, "vault-template", ".obsidian", "plugins", "coproduction-tracker");
const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

function requireStyles() {
	if (!existsSync(path.join(root, "styles.css"))) {
		throw new Error(
			"styles.css is missing at the repository root. The plugin ships it beside main.js; create it (it may be empty) and build again.",
		);
	}
}

function copyIntoVaultTemplate() {
	requireStyles();
	mkdirSync(PLUGIN_DIR, { recursive: true });
	for (const file of PLUGIN_FILES) {
		copyFileSync(path.join(root, file), path.join(PLUGIN_DIR, file));
	}
}

/** esbuild plugin: copy the plugin files into the template vault after each successful build. */
const copyPlugin = {
	name: "copy-into-vault-template",
	setup(build) {
		build.onEnd((result) => {
			if (result.errors.length > 0) return;
			try {
				copyIntoVaultTemplate();
				if (watch) console.log(`[coprod] copied ${PLUGIN_FILES.join(", ")} into ${path.relative(root, PLUGIN_DIR)}/`);
			} catch (err) {
				if (!watch) throw err;
				console.error(`[coprod] ${err instanceof Error ? err.message : String(err)}`);
			}
		});
	},
};

/**
 * Removes the CLI's chunks that this build did not write. Chunk names carry a hash, so each
 * change would otherwise leave the old ones behind in dist/chunks/ for good.
 */
function removeOldChunks(result) {
	const written = new Set(Object.keys(result.metafile.outputs).map((output) => path.resolve(root, output)));
	const folder = path.join(root, "dist", "chunks");
	for (const name of readdirSync(folder)) {
		const file = path.join(folder, name);
		if (!written.has(file)) rmSync(file);
	}
}

const pluginOptions = { ...pluginOptionsFor(root, { watch }), plugins: [copyPlugin] };
const cliOptions = cliOptionsFor(root);

try {
	requireStyles();
	if (watch) {
		const ctx = await esbuild.context(pluginOptions);
		await ctx.watch();
		console.log("[coprod] watching src/ for the plugin build (Ctrl-C to stop)");
	} else {
		const [, cli] = await Promise.all([esbuild.build(pluginOptions), esbuild.build({ ...cliOptions, metafile: true })]);
		removeOldChunks(cli);
	}
} catch (err) {
	// esbuild has already printed its own diagnostics; print anything else.
	if (!(err && typeof err === "object" && "errors" in err)) {
		console.error(`[coprod] build failed: ${err instanceof Error ? err.message : String(err)}`);
	}
	process.exit(1);
}
