/**
 * The report read as its three audiences read it, on a small vault whose figures can be
 * recounted by hand: a withdrawn participant, one who has not been asked, a gap, a barrier
 * not dealt with, a reward, one follow-up applied and one open.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analysis/report';
import { renderEasyRead, renderReportMarkdown } from '../../src/render/report-markdown';
import { buildDashboard } from '../../src/analysis/dashboard';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, readVaultFiles } from '../support/memory-vault';

const AS_OF = '2026-11-22';

const files: Record<string, string> = {
  'Soup Club/Soup Club.md': `---
coproduction: project
name: Soup Club
start: 2026-09-01
end: 2026-12-31
partners: [Eastside Trust]
aim: Run a weekly soup lunch with the people who eat it.
outcomes:
  - A weekly soup lunch
phase: engagement
---
# Soup Club
`,
  'Soup Club/Participants/Ash.md': `---
coproduction: participant
pseudonym: Ash
role: lived-experience
consent-date: 2026-09-10
access-needs: Needs a hearing loop
contact: Text 07700 900123
quotes: yes
---
# Ash
`,
  'Soup Club/Participants/Bea.md': `---
coproduction: participant
pseudonym: Bea
role: lived-experience
consent-date: 2026-09-10
quotes: yes
status: withdrawn
withdrawn-date: 2026-11-01
---
# Bea
`,
  'Soup Club/Participants/Cal.md': `---
coproduction: participant
pseudonym: Cal
role: family-carer
consent-date: 2026-09-12
quotes: ask
---
# Cal
`,
  'Soup Club/Activities/2026-10-01 First lunch.md': `---
coproduction: activity
date: 2026-10-01
phase: engagement
lived-experience: 3
practitioners: 1
family-carers: 1
rung: co-designing
barriers: [financial]
decided-by: together
author: Dee
---
# First lunch

## What we did
Ash chose the recipe for the first lunch. #ingredient/assets
Everyone shared the washing up, staff too. #ingredient/shared-roles
Staff still set the dates without asking anyone. #gap/shared-roles
- [x] Bus fares paid on the day. #barrier/financial
`,
  'Soup Club/Reflections/2026-10-05 Cooking for twenty.md': `---
coproduction: reflection
date: 2026-10-05
author: Bea
phase: engagement
ingredients: [capacity]
involved: [lived-experience]
follow-up: Put up a cooking rota so everyone gets a turn.
follow-up-state: applied
applied-how: A rota went up on the kitchen wall, as Bea asked.
applied-on: 2026-10-15
---
# Cooking for twenty

## What happened
I cooked for twenty people for the first time. #ingredient/capacity
- [ ] A ramp at the side door for my chair. #barrier/accessibility

## What we learned
I can cook for a crowd if someone shows me the big pans.
`,
  'Soup Club/Reflections/2026-10-12 A quiet corner.md': `---
coproduction: reflection
date: 2026-10-12
author: Cal
phase: engagement
involved: [family-carer]
follow-up: Keep one table quiet for people who find noise hard.
follow-up-state: open
---
# A quiet corner

## What we learned
The noise at lunch is too much for my dad.
`,
  'Soup Club/Rewards/2026-10-01 Ash voucher.md': `---
coproduction: reward
participant: "[[Ash]]"
date: 2026-10-01
hours: 2
type: voucher
amount: 20
currency: GBP
benefits-advice: false
---
# Ash voucher
`,
};

async function small() {
  const index = await indexOf(files);
  const model = buildReport(index, index.findProject('Soup Club')!, { asOf: AS_OF });
  return { model, full: renderReportMarkdown(model), easy: renderEasyRead(model) };
}

describe('a follow-up is the words of the person whose reflection holds it', () => {
  it("never shows a withdrawn participant's follow-up or what their note says was done", async () => {
    const { full, easy } = await small();
    for (const text of [full, easy]) {
      expect(text).not.toContain('cooking rota');
      expect(text).not.toContain('kitchen wall');
      expect(text).not.toContain('big pans');
    }
    // What they did still counts: the change is there, without their words.
    expect(full).toContain('### Put into practice (1)');
    expect(full).toMatch(/^- \*\*A change from a participant's reflection\.\*\* .*since withdrawn, so their words are not shown\. Applied on 15 Oct 2026\.$/m);
  });

  it("never quotes a withdrawn participant's unticked barrier step, but still counts it as not done", async () => {
    const { model, full } = await small();
    expect(full).not.toContain('side door');
    expect(model.barriers.find((barrier) => barrier.id === 'accessibility')!.stillToDo).toHaveLength(1);
    expect(full).toContain('**Accessibility: not dealt with yet.**');
  });

  it('shows the follow-up of someone not asked yet only once they say yes, and lists it to ask about', async () => {
    const { model, full, easy } = await small();
    for (const text of [full, easy]) expect(text).not.toContain('quiet for people');
    expect(full).toContain('### Still open (1)');
    // Every quote it counts is named by its line: the follow-up's property line too.
    expect(model.quotesWaiting).toEqual([
      { person: 'Cal', places: [expect.objectContaining({ path: 'Soup Club/Reflections/2026-10-12 A quiet corner.md', line: 7 }), expect.objectContaining({ line: 12 })] },
    ]);
    expect(full).toContain('- **Cal:** 2 quotes, in [[Soup Club/Reflections/2026-10-12 A quiet corner|A quiet corner]] (lines 7 and 12).');
  });

  it('says why words are not shown in the words that fit the person, never "until they say yes" to someone who left', async () => {
    const { full } = await small();
    const line = full.split('\n').find((text) => text.includes('Cooking for twenty|'))!;
    expect(line).toBeDefined();
    expect(line).not.toContain('until they say yes');
  });
});

describe('a level says on what evidence it stands', () => {
  it('gives each ingredient the recent figures its level rests on, as the dashboard counts them, and the rules', async () => {
    const index = await indexOf(readVaultFiles(DEMO_VAULT));
    const project = index.findProject('Full Plates Together')!;
    const dashboard = buildDashboard(index, project, { asOf: AS_OF });
    const full = renderReportMarkdown(buildReport(index, project, { asOf: AS_OF }));
    const summary = full.slice(full.indexOf('## Summary'), full.indexOf('## What we set out to change'));
    for (const score of dashboard.ingredients) {
      const line = summary.split('\n').find((text) => text.startsWith(`- **${score.name}:`))!;
      if (score.recent === 0) expect(line).toContain(`${score.total} pieces of evidence, none from the last 90 days.`);
      else expect(line).toContain(`${score.total} pieces of evidence; ${score.recent} from the last 90 days, by ${score.voices} people, ${score.livedExperience} of them from lived experience.`);
    }
    // Assets is "going strong" on 7 recent pieces by 4 people, 5 of them from lived experience.
    expect(summary).toContain('- **Assets: going strong.** 14 pieces of evidence; 7 from the last 90 days, by 4 people, 5 of them from lived experience.');
    expect(full).toContain(
      'Going strong needs 4 pieces from the last 90 days, by 3 people or more, with at least one from lived experience.',
    );
  });
});

describe('the easy read claims no more than the notes show', () => {
  it('says a level is what the notes show, not how well it was done', async () => {
    const { easy } = await small();
    expect(easy).not.toMatch(/We did this (quite )?well|We made a start|We have not done this/);
    expect(easy).toContain('- Everyone is an equal partner. Our notes show a little of this.');
    expect(easy).toContain('- People help each other. Our notes do not show this yet.');
  });

  it('says nothing was recorded about a barrier, not that something was done and not written down', async () => {
    const { easy } = await small();
    expect(easy).not.toContain('we did not write down what we did');
    expect(easy).toContain('Times that suit you: our notes say nothing about this yet.');
  });

  it('gives under "In your words" only the words of people who took part, never a staff note as theirs', async () => {
    const { easy } = await small();
    // Dee is staff with no participant note: the summary may quote Dee, the easy read's "your words" may not.
    expect(easy).not.toContain('Dee said this.');
    expect(easy).not.toContain('## In your words');
  });
});

describe('personal details', () => {
  it('are left out by default, and with --include-personal start their sentence with a capital', async () => {
    const index = await indexOf(files);
    const project = index.findProject('Soup Club')!;
    const plain = renderReportMarkdown(buildReport(index, project, { asOf: AS_OF }));
    expect(plain).not.toMatch(/hearing loop|07700/);
    const personal = renderReportMarkdown(buildReport(index, project, { asOf: AS_OF, leavePersonalOut: false }));
    expect(personal).toContain('agreed to be quoted. Access needs: Needs a hearing loop; contact: Text 07700 900123.');
  });
});

describe('the personal details of someone who withdrew', () => {
  it('are never listed, even with --include-personal', async () => {
    const withdrawn = files['Soup Club/Participants/Bea.md']!.replace('quotes: yes\n', 'quotes: yes\naccess-needs: Uses a wheelchair\ncontact: bea@example.org\n');
    const index = await indexOf({ ...files, 'Soup Club/Participants/Bea.md': withdrawn });
    const project = index.findProject('Soup Club')!;
    const report = buildReport(index, project, { asOf: AS_OF, leavePersonalOut: false });
    const bea = report.people.participants.find((participant) => participant.pseudonym === 'Bea')!;
    expect(bea.quotes).toBe('withdrawn');
    expect(bea).not.toHaveProperty('personal');
    expect(renderReportMarkdown(report)).not.toMatch(/wheelchair|bea@example/);
    // Ash, who has not withdrawn, is still listed with their details when they are asked for.
    expect(report.people.participants.find((participant) => participant.pseudonym === 'Ash')!.personal).toEqual({
      'access-needs': 'Needs a hearing loop',
      contact: 'Text 07700 900123',
    });
  });
});

describe('who took part, in the easy read', () => {
  it('counts the people the notes are about, not everyone who came', async () => {
    const { easy } = await small();
    // Three participant notes; the one activity alone had five people at it.
    expect(easy).toContain('We have notes about 3 people who took part.');
    expect(easy).not.toContain('3 people took part.');
  });
});
