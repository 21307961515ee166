// The read floor: every note's text, one synchronous read after another, as UTF-8, and
// nothing else. Any tool that looks at every note pays at least this.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = process.argv[2];
let chars = 0;
const walk = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.md')) chars += readFileSync(full, 'utf8').length;
  }
};
walk(root);
if (chars === 0) process.exitCode = 1;
