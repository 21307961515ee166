/**
 * Builds main.js exactly as a release does and checks it loads on mobile: no look-behind in
 * any regular expression (Safari before 16.4 cannot parse one) and no Node built-in.
 */
import path from 'node:path';
import esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { findMobileHazards } from '../support/bundle-safety';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { pluginOptions } from '../../scripts/build-options.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('findMobileHazards', () => {
  it('finds look-behind, in literals and in strings, and Node built-ins', () => {
    const bundle = [
      'var a=/(?<=x)y/g;',
      'var b=new RegExp("(?<!\\\\d)z");',
      'var c=/(?<name>x)(?<!y)/;',
      'var d=require("fs"),e=require("node:path"),f=require(\'fs/promises\');',
      'import g from "node:os";',
    ].join('\n');
    const found = findMobileHazards(bundle).map((finding) => finding.what);
    expect(found.filter((what) => what.startsWith('look-behind'))).toHaveLength(3);
    expect(found.filter((what) => what.startsWith('Node'))).toEqual([
      'Node built-in "fs"',
      'Node built-in "node:path"',
      'Node built-in "fs/promises"',
      'Node built-in "node:os"',
    ]);
  });

  it('lets named groups, look-ahead, escaped brackets and Obsidian through', () => {
    const bundle = 'var a=/(?<year>\\d{4})(?=-)(?!x)/,b=/\\(?<=/,c=require("obsidian"),d=require("@codemirror/view");';
    expect(findMobileHazards(bundle)).toEqual([]);
  });
});

describe('main.js as released', () => {
  it('has no look-behind and no Node built-in', async () => {
    const options = pluginOptions(root) as esbuild.BuildOptions;
    const result = await esbuild.build({ ...options, write: false, logLevel: 'silent' });
    const bundle = result.outputFiles?.[0]?.text ?? '';
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(findMobileHazards(bundle)).toEqual([]);
  }, 60_000);
});
