// Builds the plugin as released and writes the release files:
//
//   release/main.js, release/manifest.json, release/styles.css
//   release/coproduction-tracker-<version>.zip   the three files in a coproduction-tracker/ folder
//
//   npm run package
//
// The release workflow (.github/workflows/release.yml) runs this same command on a version
// tag and attaches these files to a draft GitHub release. It refuses to package when the
// versions disagree, so a release never ships a manifest that points elsewhere.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

import { zip } from "./zip.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "release");
const FILES = ["main.js", "manifest.json", "styles.css"];

function fail(message) {
	console.error(`package: ${message}`);
	process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), "utf8"));
const manifest = readJson("manifest.json");
const pkg = readJson("package.json");
const versions = readJson("versions.json");
if (manifest.version !== pkg.version) fail(`manifest.json says ${manifest.version} but package.json says ${pkg.version}. Run "npm version" to set both.`);
if (versions[manifest.version] !== manifest.minAppVersion) {
	fail(`versions.json should map ${manifest.version} to ${manifest.minAppVersion} (manifest.json's minAppVersion).`);
}
const tag = process.env.GITHUB_REF_TYPE === "tag" ? process.env.GITHUB_REF_NAME : undefined;
if (tag !== undefined && tag !== manifest.version) fail(`the tag ${tag} is not the version in manifest.json (${manifest.version}). Obsidian needs them equal.`);

// The same production build as "npm run build": type-check, then esbuild.
execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const entries = [];
for (const file of FILES) {
	const data = readFileSync(path.join(root, file));
	writeFileSync(path.join(out, file), data);
	entries.push({ name: `${manifest.id}/${file}`, data });
}
const zipName = `${manifest.id}-${manifest.version}.zip`;
writeFileSync(path.join(out, zipName), zip(entries));

console.log(`\nRelease ${manifest.version} (Obsidian ${manifest.minAppVersion} or later):`);
for (const file of [...FILES, zipName]) {
	console.log(`  release/${file}  ${statSync(path.join(out, file)).size.toLocaleString("en")} bytes`);
}
