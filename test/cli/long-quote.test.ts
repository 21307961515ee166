/**
 * A note with one 3 MB line: the report, the dashboard JSON and the HTML export quote a
 * shortened piece of it, and still name the note (and, in the JSON, the line) it comes from.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coprod } from '../support/cli';

const PROJECT = '---\ncoproduction: project\nname: Soup\nstart: 2026-01-05\n---\n# Soup\n';

function vaultWithLongLine(): string {
  const vault = mkdtempSync(path.join(tmpdir(), 'coprod-long-'));
  mkdirSync(path.join(vault, 'Soup', 'Activities'), { recursive: true });
  writeFileSync(path.join(vault, 'Soup', 'Soup.md'), PROJECT);
  const words = Array.from({ length: 400_000 }, (_, i) => `word${i % 1000}`).join(' ');
  const note = `---\ncoproduction: activity\nproject: "[[Soup]]"\ndate: 2026-03-01\n---\n# Long\n\nWe talked. ${words} #ingredient/mutuality\n`;
  expect(note.length).toBeGreaterThan(3_000_000);
  writeFileSync(path.join(vault, 'Soup', 'Activities', '2026-03-01 Long.md'), note);
  return vault;
}

describe('a 3 MB line in a note', () => {
  it('is quoted shortened in the dashboard JSON, the HTML export and the report, beside its note and line', async () => {
    const vault = vaultWithLongLine();
    const json = path.join(vault, 'out.json');
    const html = path.join(vault, 'out.html');
    const report = path.join(vault, 'report.md');
    const dashboard = await coprod(['dashboard', vault, '--as-of', '2026-04-01', '--json', json, '--html', html]);
    expect(dashboard.stderr).toBe('');
    expect((await coprod(['report', vault, '--project', 'Soup', '--as-of', '2026-04-01', '--out', report])).code).toBe(0);
    for (const file of [json, html, report]) expect(statSync(file).size).toBeLessThan(100_000);

    type Piece = { path: string; line: number; text: string };
    const data = JSON.parse(readFileSync(json, 'utf8')) as { ingredients: { id: string; evidence: Piece[] }[] };
    const [piece] = data.ingredients.find((ingredient) => ingredient.id === 'mutuality')!.evidence;
    expect(piece).toMatchObject({ path: 'Soup/Activities/2026-03-01 Long.md', line: 8 });
    expect(piece!.text).toMatch(/^We talked\. word0 word1 .* word\d+…$/);

    expect(readFileSync(html, 'utf8')).toMatch(
      /We talked\. word0 word1 [^<]* word\d+…<\/blockquote><p class="coproduction-evidence-source">From <span class="coproduction-source">Soup\/Activities\/2026-03-01 Long\.md, line 8<\/span>/,
    );
    const written = readFileSync(report, 'utf8');
    expect(written).toMatch(/"We talked\. word0 word1 [^"]* word\d+…" \(\[\[Soup\/Activities\/2026-03-01 Long\|Long\]\]\)/);
  });
});
