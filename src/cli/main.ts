/** Entry point of the bundled CLI (dist/coprod.mjs): wires the real world to runCli. */
import { localDay } from '../domain';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { runCli } from './run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  // dist/coprod.mjs sits one folder below the package root, beside vault-template/.
  defaultVault: fileURLToPath(new URL('../vault-template', import.meta.url)),
  stylesPath: fileURLToPath(new URL('../styles.css', import.meta.url)),
  today: process.env.COPROD_TODAY ?? localDay(new Date()),
  readStdin,
});
process.exitCode = code;
