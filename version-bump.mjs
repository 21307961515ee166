// Bumps manifest.json and versions.json to the version npm is setting.
// Wired as the npm "version" script: `npm version patch|minor|major`.
//
// minAppVersion is 1.10.0 because the .base files new projects get use grouping and
// summaries, which Obsidian's API reference lists from 1.10.0 (src/model/project-base.ts).
// The plugin's own calls need 1.8.7:
//   - App.loadLocalStorage / saveLocalStorage (since 1.8.7): the author's name stays on each device
//   - FileManager.processFrontMatter   (since 1.4.4)
//   - Vault.process                    (since 1.1.0)
//   - Workspace.onLayoutReady, getLeavesOfType
//   - Workspace.revealLeaf returning a Promise (since 1.7.2)
// Raise it here (in manifest.json) only when a newer API becomes necessary;
// eslint-plugin-obsidianmd's no-unsupported-api rule checks src against it.
import { readFileSync, writeFileSync } from "node:fs";
import process from "node:process";

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
	console.error("version-bump.mjs: npm_package_version is not set; run it through `npm version`.");
	process.exit(1);
}

// Read minAppVersion from manifest.json and bump version to the target version.
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

// Record which minAppVersion this plugin version needs.
const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[targetVersion] = minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");
