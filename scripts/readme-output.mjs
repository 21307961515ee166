// Puts the real output of `coprod dashboard` on the demo vault into README.md, between the
// ```text fence that follows "What <code>npm start</code> prints" and its closing fence.
// Run after `npm run build`: node scripts/readme-output.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const output = execFileSync('node', ['bin/coprod.mjs', 'dashboard', 'vault-template'], {
  encoding: 'utf8',
  env: { ...process.env, COPROD_TODAY: '2026-11-22' },
});
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('```text\n', readme.indexOf('What <code>npm start</code> prints'));
const end = readme.indexOf('\n```', start + 8);
if (start === -1 || end === -1) throw new Error('README.md has no npm start output block to replace.');
writeFileSync('README.md', `${readme.slice(0, start + 8)}${output.trimEnd()}${readme.slice(end)}`);
console.log('README.md: npm start output brought up to date.');
