/**
 * What keeps main.js loading on every device Obsidian runs on. Safari before 16.4 (iOS and
 * iPadOS) cannot even parse a regular expression with look-behind, so one such pattern
 * anywhere in main.js stops the whole plugin loading. Node built-ins do not exist on mobile.
 */
import { builtinModules } from 'node:module';

export interface BundleFinding {
  what: string;
  /** The text around the finding, to find it in the source. */
  near: string;
}

const NODE_NAMES = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 40), index + length + 40).replace(/\s+/g, ' ');
}

/** Every look-behind and every Node built-in required by a bundled plugin. */
export function findMobileHazards(bundle: string): BundleFinding[] {
  const findings: BundleFinding[] = [];
  // `(?<=` and `(?<!` open a look-behind in a regex literal or in a string given to RegExp;
  // a named group is `(?<name>`, which is fine. `\(?<=` (an escaped bracket) is not a group.
  for (const match of bundle.matchAll(/(?<!\\)\(\?<[=!]/g)) {
    findings.push({ what: 'look-behind in a regular expression', near: around(bundle, match.index, match[0].length) });
  }
  for (const match of bundle.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)) {
    const name = match[2]!;
    if (name.startsWith('node:') || NODE_NAMES.has(name) || NODE_NAMES.has(name.split('/')[0]!)) {
      findings.push({ what: `Node built-in "${name}"`, near: around(bundle, match.index, match[0].length) });
    }
  }
  for (const match of bundle.matchAll(/\bfrom\s*(["'])(node:[^"']+)\1/g)) {
    findings.push({ what: `Node built-in "${match[2]}"`, near: around(bundle, match.index, match[0].length) });
  }
  return findings;
}
