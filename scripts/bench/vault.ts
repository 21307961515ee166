/**
 * Builds a realistic vault for the benchmark from the demo vault's own lines: tracker notes
 * of every kind in projects of up to 1,000 notes, and ordinary notes (daily notes, reading
 * notes) mostly outside the projects. About 3 KB a note. Deterministic: the same size gives
 * the same bytes on every machine.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INGREDIENTS = ['assets', 'shared-roles', 'capacity', 'mutuality', 'networks', 'catalysts'];
const BARRIERS = ['accessibility', 'financial', 'availability', 'language'];
const PHASES = ['starting-out', 'engagement', 'rewards', 'learning'];
const PEOPLE = ['Ash', 'Jude', 'Kit', 'Morgan', 'Robin', 'Rowan', 'Sky', 'Priya', 'Tom', 'Alex', 'Sam', 'Lee'];
const ROLES = ['lived-experience', 'practitioner', 'family-carer', 'community', 'other'];
const HEADINGS = ['What we did', 'Decisions and who made them', 'You said, we did', 'What happened', 'What we learned', 'What we will change', 'Notes'];
const FOLDER_OF: Record<string, string> = {
  activity: 'Activities',
  reflection: 'Reflections',
  reward: 'Rewards',
  participant: 'Participants',
  assessment: 'Assessments',
};
const KIND_SHARES: [string, number][] = [['activity', 0.35], ['reflection', 0.3], ['reward', 0.15], ['participant', 0.1], ['assessment', 0.1]];

export interface BenchVault {
  root: string;
  notes: number;
  bytes: number;
  projects: string[];
}

/** A small seeded random number generator (mulberry32), so every run builds the same vault. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Prose and checklist lines of the demo's notes, their properties left out. */
function demoLines(demo: string): { prose: string[]; checks: string[] } {
  const prose: string[] = [];
  const checks: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (name.startsWith('.') || name === 'Templates') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) {
        const text = readFileSync(full, 'utf8');
        const body = text.startsWith('---') ? text.slice(text.indexOf('\n---', 3) + 4) : text;
        for (const line of body.split('\n')) {
          if (/^\s*- \[.\]/.test(line)) checks.push(line);
          else if (line.length > 40 && !line.startsWith('#')) prose.push(line);
        }
      }
    }
  };
  walk(demo);
  return { prose, checks };
}

/** Writes a vault of `notes` notes into `root`; `ordinaryShare` of them are ordinary notes. */
export function buildVault(root: string, demo: string, notes: number, ordinaryShare: number): BenchVault {
  const rand = seeded(0x2f6e2b1 + notes);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
  const day = () => `2026-${String(int(1, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const list = (values: readonly string[], n: number) => `[${[...new Set(Array.from({ length: n }, () => pick(values)))].join(', ')}]`;
  const { prose, checks } = demoLines(demo);

  const body = (target: number, tagged: boolean, typo: boolean): string => {
    const out: string[] = [];
    let size = 0;
    while (size < target) {
      const r = rand();
      let line = r < 0.12 ? `\n## ${pick(HEADINGS)}` : r < 0.3 ? pick(checks) : r < 0.4 ? `- ${pick(prose)}` : pick(prose);
      if (tagged && r >= 0.4 && r < 0.5) line += ` #ingredient/${pick(INGREDIENTS)}`;
      out.push(line);
      size += line.length + 1;
    }
    if (typo) out.push(`Someone wrote a tag wrong here. #ingredient/${pick(['asets', 'capasity', 'network'])}`);
    return out.join('\n');
  };

  /** The pseudonyms of each project's participant notes, as they are made. */
  const peopleOf = new Map<string, string[]>();
  const properties = (kind: string, project: string, i: number): string[] => {
    const link = `project: "[[${project}]]"`;
    switch (kind) {
      case 'activity':
        return ['coproduction: activity', link, `date: ${day()}`, `phase: ${pick(PHASES)}`, 'session: workshop', `lived-experience: ${int(0, 8)}`,
          `practitioners: ${int(0, 4)}`, 'rung: co-designing', 'star: [co-design]', `barriers: ${list(BARRIERS, 2)}`, 'decided-by: together',
          `fed-back: ${day()}`, `author: ${pick(PEOPLE)}`];
      case 'reflection':
        return ['coproduction: reflection', link, `date: ${day()}`, `author: ${pick(PEOPLE)}`, `phase: ${pick(PHASES)}`,
          `ingredients: ${list(INGREDIENTS, 2)}`, `involved: ${list(ROLES, 2)}`, 'follow-up: Offer training to anyone new who joins.',
          `follow-up-state: ${pick(['open', 'applied', 'dropped'])}`];
      case 'participant': {
        const pseudonym = `${pick(PEOPLE)} ${i}`;
        peopleOf.set(project, [...(peopleOf.get(project) ?? []), pseudonym]);
        return ['coproduction: participant', link, `pseudonym: ${pseudonym}`, `role: ${pick(ROLES)}`, `consent-date: ${day()}`,
          'consent-how: Spoken consent', 'reward-preference: voucher', `review-by: 2027-0${int(1, 9)}-10`];
      }
      case 'reward':
        // For someone with a participant note in the project, as in the demo (one draw either way,
        // so the rest of the vault is the same); before the project's first participant, a name.
        return ['coproduction: reward', link, `participant: "[[${pick(peopleOf.get(project) ?? PEOPLE)}]]"`, 'role: lived-experience', `date: ${day()}`,
          `hours: ${int(1, 6)}`, `type: ${pick(['payment', 'voucher', 'expenses', 'recognition'])}`, `amount: ${int(5, 60)}`, 'currency: GBP',
          'benefits-advice: true'];
      default:
        return ['coproduction: assessment', link, `date: ${day()}`, `author: ${pick(PEOPLE)}`, `perspective: ${pick(['participant', 'practitioner'])}`,
          ...INGREDIENTS.map((id) => `${id}: ${int(1, 6)}`)];
    }
  };

  const ordinary = (i: number): string => {
    const head = rand() < 0.5 ? `---\ntags: [${pick(['meeting', 'reading', 'idea', 'daily'])}]\ncreated: ${day()}\n---\n` : '';
    const lines = [`# ${pick(['Meeting', 'Reading notes', 'Ideas', 'Daily note'])} ${i}`, ''];
    let size = 0;
    const target = int(1500, 4500);
    while (size < target) {
      const r = rand();
      const line = r < 0.08 ? `\n## ${pick(['Agenda', 'Actions', 'Links'])}` : r < 0.25 ? `- ${pick(prose)} See [[${pick(PEOPLE)}]].` : r < 0.3 ? '- [ ] Book the hall' : pick(prose);
      lines.push(line);
      size += line.length + 1;
    }
    return `${head}${lines.join('\n')}\n`;
  };

  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(path.join(demo, 'Templates'), path.join(root, 'Templates'), { recursive: true });
  let written = 0;
  let bytes = 0;
  const write = (relative: string, text: string) => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    written++;
    bytes += Buffer.byteLength(text);
  };

  const ordinaryCount = Math.round(notes * ordinaryShare);
  const trackerCount = notes - ordinaryCount;
  const projects = Array.from({ length: Math.max(1, Math.round(trackerCount / 1000)) }, (_, p) => `Project ${String(p).padStart(3, '0')}`);
  for (const name of projects) {
    write(`${name}/${name}.md`, `---\ncoproduction: project\nname: ${name}\nstart: 2026-01-05\nend: 2026-12-18\nphase: engagement\n---\n# ${name}\n\n${body(1500, false, false)}\n`);
    for (const phase of PHASES) {
      write(`${name}/Phases/${phase}.md`, `---\ncoproduction: phase\nproject: "[[${name}]]"\nphase: ${phase}\nstarted: 2026-04-20\n---\n# ${phase}\n\n${body(1800, true, false)}\n`);
    }
  }
  for (let i = 0; i < trackerCount - projects.length * 5; i++) {
    const project = projects[i % projects.length]!;
    let r = rand();
    let kind = 'activity';
    for (const [candidate, share] of KIND_SHARES) {
      if (r < share) {
        kind = candidate;
        break;
      }
      r -= share;
    }
    const text = `---\n${properties(kind, project, i).join('\n')}\n---\n# Note ${i}\n\n${body(kind === 'reward' ? int(300, 1500) : int(1500, 4500), true, rand() < 0.01)}\n`;
    write(`${project}/${FOLDER_OF[kind]}/${day()} ${kind} ${i}.md`, text);
  }
  for (let i = 0; i < ordinaryCount; i++) {
    const inside = rand() < 0.3;
    const folder = inside ? `${projects[i % projects.length]}/Notes` : `${pick(['Meetings', 'Reading', 'Ideas', 'Daily'])}/${1 + (i % 20)}`;
    write(`${folder}/plain ${i}.md`, ordinary(i));
  }
  return { root, notes: written, bytes, projects };
}
