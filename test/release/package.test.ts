/** The release: the zip writer, and the workflow that runs `npm run package` on a version tag. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error -- a plain .mjs script without type declarations
import { zip } from '../../scripts/zip.mjs';

const REPO = path.resolve(import.meta.dirname, '../..');

/** Reads a zip back through its central directory, as unzip does. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(archive.subarray(dataStart, dataStart + size)));
    at += 46 + nameLength;
  }
  return files;
}

describe('the release zip', () => {
  it('holds each file, byte for byte, in the plugin’s folder, and is the same every time', () => {
    const entries = [
      { name: 'coproduction-tracker/main.js', data: Buffer.from('"use strict";\n'.repeat(500)) },
      { name: 'coproduction-tracker/manifest.json', data: Buffer.from('{"id":"coproduction-tracker"}\n') },
      { name: 'coproduction-tracker/styles.css', data: Buffer.from('') },
    ];
    const archive = zip(entries) as Buffer;
    const files = unzip(archive);
    expect([...files.keys()]).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(files.get(entry.name)!.equals(entry.data)).toBe(true);
    expect((zip(entries) as Buffer).equals(archive)).toBe(true);
  });
});

describe('the release workflow', () => {
  const workflow = parse(readFileSync(path.join(REPO, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    jobs: { release: { steps: { run?: string; uses?: string }[] } };
  };
  const runs = workflow.jobs.release.steps.map((step) => step.run ?? '').join('\n');

  it('runs on a version tag, the same npm run package, and drafts a release with the files', () => {
    expect(workflow.on.push.tags).toEqual(['[0-9]+.[0-9]+.[0-9]+']);
    expect(runs).toContain('npm run package');
    expect(runs).toContain('--draft');
    for (const file of ['release/main.js', 'release/manifest.json', 'release/styles.css', 'release/*.zip']) expect(runs).toContain(file);
  });

  it('is what package.json and .gitignore expect', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.package).toBe('node scripts/package.mjs');
    expect(readFileSync(path.join(REPO, '.gitignore'), 'utf8').split('\n')).toContain('/release/');
  });

  it('leaves release/ out of git and out of both lints', async () => {
    let inGit = true;
    try {
      execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: REPO, stdio: 'ignore' });
    } catch {
      inGit = false;
    }
    if (inGit) {
      for (const file of ['release/main.js', 'release/coproduction-tracker-0.1.0.zip']) {
        // git check-ignore prints the path and exits 0 when the path is ignored, and exits 1 when it is not.
        expect(execFileSync('git', ['check-ignore', file], { cwd: REPO, encoding: 'utf8' }).trim()).toBe(file);
      }
    } else {
      // A copy without .git (a source archive): .gitignore's own line is checked above.
      console.log('skipped: git check-ignore, this copy of the project is not a git work tree');
    }
    for (const config of ['eslint.config.mjs', 'eslint.review.config.mjs']) {
      const eslint = new ESLint({ cwd: REPO, overrideConfigFile: config });
      expect(await eslint.isPathIgnored(path.join(REPO, 'release/main.js')), config).toBe(true);
      expect(await eslint.isPathIgnored(path.join(REPO, 'src/plugin/main.ts')), config).toBe(false);
    }
  }, 30_000);

  it('runs the directory\'s own lint before it packages', () => {
    expect(runs).toContain('npm run lint:review');
    expect(runs.indexOf('npm run lint:review')).toBeLessThan(runs.indexOf('npm run package'));
  });
});
