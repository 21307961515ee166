/**
 * Output is the same bytes under any LANG and TZ (issue 9, item 8). Each run is a child
 * process, because Node reads the language and the time zone once, when it starts.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareText } from '../../src/domain';
import { DEMO_VAULT, REPO } from '../support/cli';

const run = promisify(execFile);

describe('compareText', () => {
  it('puts texts in one fixed order, whatever the language of the process', () => {
    const sorted = ['z', 'ä', 'a', 'I', 'ı', 'i', 'Å', 'Zebra', 'zebra', 'ärt', 'Övik', 'あき', 'アキ'].sort(compareText);
    expect(sorted).toEqual(['a', 'i', 'I', 'z', 'zebra', 'Zebra', 'ä', 'ärt', 'Å', 'Övik', 'ı', 'あき', 'アキ']);
    expect(compareText('same', 'same')).toBe(0);
    expect(compareText('b', 'a')).toBeGreaterThan(0);
  });
});

/** A project whose names sort differently in Swedish, Turkish, Japanese and English. */
function writeVault(root: string): void {
  cpSync(DEMO_VAULT, root, { recursive: true });
  const files: Record<string, string> = {
    'Övik/Övik.md': '---\ncoproduction: project\nname: Övik\nstart: 2026-01-05\nphase: engagement\n---\n# Övik\n',
    'Zebra/Zebra.md': '---\ncoproduction: project\nname: Zebra\nstart: 2026-02-01\nphase: starting-out\n---\n# Zebra\n',
    'ärt/ärt.md': '---\ncoproduction: project\nname: ärt\nstart: 2026-02-01\nphase: starting-out\n---\n# ärt\n',
    'ılık/ılık.md': '---\ncoproduction: project\nname: ılık\nstart: 2026-02-01\nphase: starting-out\n---\n# ılık\n',
    'Ingrid/Ingrid.md': '---\ncoproduction: project\nname: Ingrid\nstart: 2026-02-01\nphase: starting-out\n---\n# Ingrid\n',
  };
  const people = ['Zoe', 'Åsa', 'Ärla', 'ılgın', 'Işık', 'ichi', 'Ichiro', 'あき', 'アキ', 'ada'];
  const currencies = ['SEK', 'EUR', 'GBP', 'JPY', 'TRY'];
  people.forEach((person, i) => {
    const day = `2026-03-${String(10 + i).padStart(2, '0')}`;
    files[`Övik/Participants/${person}.md`] =
      `---\ncoproduction: participant\nproject: "[[Övik]]"\npseudonym: ${person}\nrole: lived-experience\nconsent-date: 2026-01-05\nreview-by: 2027-01-05\n---\n# ${person}\n`;
    files[`Övik/Rewards/${day} ${person}.md`] =
      `---\ncoproduction: reward\nproject: "[[Övik]]"\nparticipant: "[[${person}]]"\ndate: ${day}\nhours: ${i + 1}\ntype: payment\namount: ${10 + i}\ncurrency: ${currencies[i % currencies.length]}\nbenefits-advice: yes\n---\n# Paid\n`;
    files[`Övik/Activities/${day} ${person} ran a session.md`] =
      `---\ncoproduction: activity\nproject: "[[Övik]]"\ndate: ${day}\nauthor: ${person}\ningredients: [assets, mutuality]\ninvolved: [lived-experience]\n---\n# ${person} ran a session\n\n${person} led the session and chose the room. #ingredient/assets\n`;
    files[`Övik/Reflections/${day} ${person} reflects.md`] =
      `---\ncoproduction: reflection\nproject: "[[Övik]]"\ndate: ${day}\nauthor: ${person}\ningredients: [capacity]\nfollow-up: Ask ${person} first\nfollow-up-state: open\n---\n# ${person} reflects\n\n## What we learned\n\n${person} knew the answer. #ingredient/capacity\n`;
    files[`Övik/${person} loose.md`] = `---\ncoproduction: activity\nproject: "[[Övik]]"\ndate: ${day}\ningredients: [${person}]\n---\n# Loose\n`;
  });
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  }
}

const SETTINGS = [
  { LANG: 'en_US.UTF-8', TZ: 'UTC' },
  { LANG: 'sv_SE.UTF-8', TZ: 'Pacific/Kiritimati' },
  { LANG: 'tr_TR.UTF-8', TZ: 'America/Adak' },
  { LANG: 'ja_JP.UTF-8', TZ: 'Asia/Tokyo' },
  { LANG: 'da_DK.UTF-8', TZ: 'America/Adak' },
];

describe('coprod under different languages and time zones', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'coprod-locale-'));
    writeVault(path.join(root, 'vault'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints the same bytes for dashboard, check and report', { timeout: 120_000 }, async () => {
    const outputs = await Promise.all(
      SETTINGS.map(async (setting, i) => {
        const out = path.join(root, `out-${i}`);
        mkdirSync(out);
        const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/support/cli-in-locale.ts', path.join(root, 'vault'), out], {
          cwd: REPO,
          env: { ...process.env, ...setting, LC_ALL: setting.LANG, LANGUAGE: '' },
          maxBuffer: 64 * 1024 * 1024,
        });
        const parsed = JSON.parse(stdout) as { results: Record<string, unknown>; probes: { locale: string; localeSort: string; offset: number } };
        return { probes: parsed.probes, results: JSON.stringify(parsed.results).replaceAll(out, 'OUT') };
      }),
    );
    // The runs really were in different languages and zones: sorting by the locale differs.
    expect(new Set(outputs.map((output) => output.probes.localeSort)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(outputs.map((output) => output.probes.offset)).size).toBeGreaterThanOrEqual(3);
    const [first, ...others] = outputs;
    // The vault is meant to be sorted: several projects, people, currencies and problems.
    expect(first!.results).toContain('Övik');
    expect(first!.results).toContain('is not one of the six ingredients');
    others.forEach((other, i) => {
      if (other.results === first!.results) return;
      let at = 0;
      while (other.results[at] === first!.results[at]) at++;
      const setting = JSON.stringify(SETTINGS[i + 1]);
      expect.fail(`${setting} differs from en_US at: …${first!.results.slice(at - 80, at + 80)}… against …${other.results.slice(at - 80, at + 80)}…`);
    });
  });
});
