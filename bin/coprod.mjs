#!/usr/bin/env node
// The `coprod` command: a thin launcher for the bundled CLI in dist/coprod.mjs.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import process from "node:process";

const bundle = fileURLToPath(new URL("../dist/coprod.mjs", import.meta.url));

if (!existsSync(bundle)) {
	console.error("Run `npm run build` first.");
	process.exit(2);
}

await import(pathToFileURL(bundle).href);
