/** The easy-read version: approved on the demo vault, no tables, short sentences, Flesch reading ease of 80 or more. */
import { describe, expect, it } from 'vitest';
import readability from 'text-readability';
import { buildReport } from '../../src/analysis/report';
import { renderEasyRead, renderReportMarkdown } from '../../src/render/report-markdown';
import { expectApproved } from '../support/approval';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, readVaultFiles } from '../support/memory-vault';

const AS_OF = '2026-11-30';

async function easyRead(): Promise<string> {
  const index = await indexOf(readVaultFiles(DEMO_VAULT));
  return renderEasyRead(buildReport(index, index.findProject('Full Plates Together')!, { asOf: AS_OF }));
}

/** What a reader reads: no properties, no markdown marks, each heading and list line its own sentence. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .map((line) => line.replace(/^(?:#+|>|-)[ \t]*/, '').replace(/\*\*/g, '').trim())
    .filter((line) => line !== '')
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join('\n');
}

describe('the easy-read end-of-project reflection', () => {
  it('matches the approved version', async () => {
    expectApproved('report-demo-easy-read.md', await easyRead());
  });

  it('reads easily: Flesch reading ease 80 or more, short sentences, no tables', async () => {
    const text = await easyRead();
    expect(text.split('\n').some((line) => line.trimStart().startsWith('|'))).toBe(false);
    const plain = readableText(text);
    const score = readability.fleschReadingEase(plain);
    console.log(`easy read: Flesch reading ease ${score}`);
    expect(score).toBeGreaterThanOrEqual(80);
    const sentences = plain.split(/(?<=[.!?:])\s+/).map((sentence) => sentence.split(/\s+/).length);
    expect(Math.max(...sentences)).toBeLessThanOrEqual(20);
  });

  it('is told apart from the full report by the same measure', async () => {
    const index = await indexOf(readVaultFiles(DEMO_VAULT));
    const full = renderReportMarkdown(buildReport(index, index.findProject('Full Plates Together')!, { asOf: AS_OF }));
    const score = readability.fleschReadingEase(readableText(full));
    console.log(`full report: Flesch reading ease ${score}`);
    expect(score).toBeLessThan(80);
  });

  it('is byte-identical when built twice, whatever order the notes were read in', async () => {
    const files = readVaultFiles(DEMO_VAULT);
    const build = async (given: Record<string, string>) => {
      const index = await indexOf(given);
      return renderEasyRead(buildReport(index, index.findProject('Full Plates Together')!, { asOf: AS_OF }));
    };
    expect(await build(Object.fromEntries(Object.entries(files).reverse()))).toBe(await build(files));
  });

  it('quotes no one who has not said yes', async () => {
    const text = await easyRead();
    // Jude has not said yes in the demo vault; Robin and Rowan have.
    expect(text).not.toContain('Jude said this.');
    expect(text).toContain('Robin said this.');
  });
});
