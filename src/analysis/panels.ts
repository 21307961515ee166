/** The dashboard's panels besides the ingredient scores: phases, barriers, voices, rewards, learning. */
import {
  BARRIER_IDS,
  BARRIER_NAMES,
  DECIDED_BY,
  INGREDIENT_IDS,
  PHASE_IDS,
  PHASE_NAMES,
  ROLE_IDS,
  ACTIVITY_COUNT_PROPERTY,
  RUNG_IDS,
  STAR_IDS,
  daysBetween,
  monthOf,
  type BarrierId,
  type IsoDate,
  type RoleId,
  compareText,
} from '../domain';
import { linkTarget, personName, quoteText, type NoteRecord } from '../model';
import type {
  AssessmentComparison,
  BarrierStatus,
  FeedbackWait,
  FollowUp,
  LearningSummary,
  PhaseProgress,
  RatingGroup,
  RewardsByRole,
  RewardsSummary,
  VoicesSummary,
} from './dashboard-types';
import { datedAfter, isWithdrawnVoice, linkTo, noteAuthor, noteDate, type ProjectNotes } from './project-notes';
import { listedQuote } from './quotes';
import { countedRewards, rewardMoney } from './rewards';
import { levelOfRating, RATING_GAP, LEVEL_NAMES, type Level, type ScoringSettings } from './thresholds';

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function perMonth(dates: (IsoDate | undefined)[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const date of dates) if (date) counts.set(monthOf(date), (counts.get(monthOf(date)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => compareText(a, b)).map(([month, count]) => ({ month, count }));
}

export function phaseProgress(notes: ProjectNotes): PhaseProgress[] {
  const current = notes.project.props.phase;
  const counts = new Map<string, { notes: number; done: number; total: number }>();
  for (const record of notes.counted) {
    if (!('props' in record) || record.kind === 'project') continue;
    const phase = (record.props as { phase?: string }).phase;
    if (phase === undefined) continue;
    const entry = counts.get(phase) ?? { notes: 0, done: 0, total: 0 };
    entry.notes++;
    for (const item of record.checklist) {
      entry.total++;
      if (item.checked) entry.done++;
    }
    counts.set(phase, entry);
  }
  return PHASE_IDS.map((id) => {
    const phaseNote = notes.phases.find((record) => record.props.phase === id);
    const entry = counts.get(id);
    return {
      id,
      name: PHASE_NAMES[id],
      current: current === id,
      ...(phaseNote ? { note: linkTo(phaseNote) } : {}),
      notes: entry?.notes ?? 0,
      checklistDone: entry?.done ?? 0,
      checklistTotal: entry?.total ?? 0,
    };
  });
}

type BarrierEntry = BarrierStatus['by'][number];

/** Each note's barrier lines as entries, kept with the (never changed) record while its author's standing holds. */
const barrierEntries = new WeakMap<NoteRecord, { withdrawn: boolean; entries: { barrier: BarrierId; entry: BarrierEntry }[] }>();

function barrierEntriesOf(notes: ProjectNotes, record: NoteRecord): { barrier: BarrierId; entry: BarrierEntry }[] {
  const withdrawn = isWithdrawnVoice(notes, record);
  const cached = barrierEntries.get(record);
  if (cached?.withdrawn === withdrawn) return cached.entries;
  const date = noteDate(record);
  const entries = record.barrierMarks.map((mark) => {
    let text: string | undefined;
    const entry: BarrierEntry = {
      ...linkTo(record, mark.line),
      ...dateOf(date),
      // The words are worked out when first read.
      get text(): string {
        return (text ??= withdrawn ? 'Words not shown: this person has withdrawn.' : mark.text || listedQuote(record).text);
      },
    };
    return { barrier: mark.barrier, entry };
  });
  barrierEntries.set(record, { withdrawn, entries });
  return entries;
}

/** Each barrier and the lines that address it; none from a note dated after `asOf` (not happened yet). */
export function barrierStatus(notes: ProjectNotes, asOf: IsoDate): BarrierStatus[] {
  const byBarrier = new Map<BarrierId, { by: BarrierEntry[]; notes: number; last: NoteRecord | undefined }>();
  // Notes oldest first, then by path; a note's lines in the order it lists them.
  const counted = notes.countedByDate;
  for (let i = 0; i < counted.length; i++) {
    const record = counted[i]!;
    if (record.barrierMarks.length === 0 || datedAfter(record, asOf)) continue;
    const entries = barrierEntriesOf(notes, record);
    for (let j = 0; j < entries.length; j++) {
      const { barrier, entry } = entries[j]!;
      let list = byBarrier.get(barrier);
      if (list === undefined) {
        list = { by: [], notes: 0, last: undefined };
        byBarrier.set(barrier, list);
      }
      list.by.push(entry);
      // Each note's lines come together, so a new note is a note not counted yet.
      if (list.last !== record) {
        list.notes++;
        list.last = record;
      }
    }
  }
  return BARRIER_IDS.map((id) => {
    const list = byBarrier.get(id);
    const by = list?.by ?? [];
    return { id, name: BARRIER_NAMES[id], addressed: by.length > 0, notes: list?.notes ?? 0, by };
  });
}

function dateOf(date: IsoDate | undefined): { date?: IsoDate } {
  return date === undefined ? {} : { date };
}

export function voicesSummary(notes: ProjectNotes, asOf: IsoDate, settings: ScoringSettings): VoicesSummary {
  const peopleByRole = zeroes(ROLE_IDS);
  const rungs = zeroes(RUNG_IDS);
  const star = zeroes(STAR_IDS);
  const decidedBy = zeroes(DECIDED_BY);
  const awaitingFeedback: FeedbackWait[] = [];
  let lastFeedback: IsoDate | undefined;
  for (const activity of notes.activities) {
    const props = activity.props as Record<string, unknown> & typeof activity.props;
    for (const role of ROLE_IDS) peopleByRole[role] += Number(props[ACTIVITY_COUNT_PROPERTY[role]] ?? 0);
    if (props.rung) rungs[props.rung]++;
    for (const co of props.star ?? []) star[co as keyof typeof star]++;
    if (props['decided-by']) decidedBy[props['decided-by']]++;
    const fedBack = props['fed-back'];
    if (fedBack) {
      if (lastFeedback === undefined || fedBack > lastFeedback) lastFeedback = fedBack;
    } else if (props.date <= asOf) {
      awaitingFeedback.push({ ...linkTo(activity), date: props.date, daysWaiting: daysBetween(props.date, asOf) });
    }
  }
  const participantsByRole = zeroes(ROLE_IDS);
  for (const participant of notes.participants) participantsByRole[participant.props.role]++;
  const daysSinceFeedback = lastFeedback === undefined ? undefined : daysBetween(lastFeedback, asOf);
  const oldestWait = Math.max(-1, ...awaitingFeedback.map((wait) => wait.daysWaiting));
  return {
    activities: notes.activities.length,
    activitiesByMonth: perMonth(notes.activities.map((activity) => activity.props.date)),
    peopleByRole,
    rungs,
    star,
    decidedBy,
    participantsByRole,
    ...(lastFeedback ? { lastFeedback } : {}),
    ...(daysSinceFeedback !== undefined ? { daysSinceFeedback } : {}),
    // A warning names a session people are still waiting on; once everyone has heard back, there is none.
    feedbackWarning: oldestWait > settings.feedbackWarningDays,
    awaitingFeedback: awaitingFeedback.sort((a, b) => b.daysWaiting - a.daysWaiting),
  };
}

export function rewardsSummary(notes: ProjectNotes): RewardsSummary {
  const byRole = new Map<RoleId, RewardsByRole>();
  const byParticipant = new Map<string, RewardsSummary['byParticipant'][number]>();
  let hours = 0;
  let benefitsAdviceOffered = 0;
  let withoutBenefitsAdvice = 0;
  // Reward notes left as the template made them are named under "Needs attention", not counted.
  const rewards = countedRewards(notes);
  for (const reward of rewards) {
    const props = reward.props;
    const pseudonym = props.participant ? linkTarget(props.participant) : undefined;
    const role: RoleId = props.role ?? (pseudonym ? notes.roleOfPerson.get(pseudonym.toLowerCase()) : undefined) ?? 'other';
    const entry = byRole.get(role) ?? { role, hours: 0, entries: 0, amounts: {}, types: {} };
    entry.hours += props.hours ?? 0;
    entry.entries++;
    entry.types[props.type] = (entry.types[props.type] ?? 0) + 1;
    if (props.amount !== undefined && props.type !== 'recognition') {
      const currency = props.currency?.trim().toUpperCase() || 'GBP';
      entry.amounts[currency] = round2((entry.amounts[currency] ?? 0) + props.amount);
    }
    byRole.set(role, entry);
    hours += props.hours ?? 0;
    if (props['benefits-advice'] === true) benefitsAdviceOffered++;
    else if (props.type === 'payment' || props.type === 'voucher') withoutBenefitsAdvice++;
    if (pseudonym) {
      const person = byParticipant.get(pseudonym) ?? { pseudonym, role, hours: 0, entries: 0, amounts: {} };
      person.hours += props.hours ?? 0;
      person.entries++;
      const money = rewardMoney(reward);
      if (money) person.amounts[money.currency] = round2((person.amounts[money.currency] ?? 0) + money.amount);
      byParticipant.set(pseudonym, person);
    }
  }
  return {
    entries: rewards.length,
    hours: round2(hours),
    byRole: ROLE_IDS.flatMap((role) => {
      const entry = byRole.get(role);
      return entry ? [{ ...entry, hours: round2(entry.hours) }] : [];
    }),
    byParticipant: [...byParticipant.values()]
      .map((person) => ({ ...person, hours: round2(person.hours) }))
      .sort((a, b) => compareText(a.pseudonym, b.pseudonym)),
    benefitsAdviceOffered,
    withoutBenefitsAdvice,
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A reflection's follow-up depends on the note alone: kept with its (never changed) record; null when it has none. */
const followUps = new WeakMap<NoteRecord, FollowUp | null>();

function followUpOf(reflection: ProjectNotes['reflections'][number]): FollowUp | null {
  const cached = followUps.get(reflection);
  if (cached !== undefined) return cached;
  const props = reflection.props;
  const text = props['follow-up']?.trim() || sectionText(reflection.sections, /will change|follow.?up/i);
  const item: FollowUp | null = text
    ? {
        ...linkTo(reflection),
        date: props.date,
        ...(props.author ? { author: personName(props.author) } : {}),
        text,
        state: props['follow-up-state'] ?? 'open',
        ...(props['applied-how'] ? { appliedHow: props['applied-how'] } : {}),
        ...(props['applied-on'] ? { appliedOn: props['applied-on'] } : {}),
      }
    : null;
  followUps.set(reflection, item);
  return item;
}

export function learningSummary(notes: ProjectNotes): LearningSummary {
  const items: FollowUp[] = [];
  for (const reflection of notes.reflections) {
    const item = followUpOf(reflection);
    if (item) items.push(item);
  }
  items.reverse();
  const authors = new Set(notes.reflections.map((r) => noteAuthor(r)?.toLowerCase()).filter(Boolean));
  return {
    reflections: notes.reflections.length,
    authors: authors.size,
    reflectionsByMonth: perMonth(notes.reflections.map((reflection) => reflection.props.date)),
    followUps: {
      open: items.filter((item) => item.state === 'open').length,
      applied: items.filter((item) => item.state === 'applied').length,
      dropped: items.filter((item) => item.state === 'dropped').length,
    },
    items,
  };
}

function sectionText(sections: { heading: string; text: string }[], heading: RegExp): string | undefined {
  const text = sections.find((section) => heading.test(section.heading))?.text.trim();
  return text ? quoteText(text.split('\n')[0]!) || undefined : undefined;
}

export function compareAssessments(notes: ProjectNotes, levels: Record<string, Level>): AssessmentComparison[] {
  if (notes.assessments.length === 0) return [];
  return INGREDIENT_IDS.map((ingredient) => {
    const group = (perspective: 'practitioner' | 'participant'): RatingGroup => {
      const ratings = notes.assessments
        .filter((assessment) => assessment.props.perspective === perspective)
        .map((assessment) => (assessment.props as Record<string, unknown>)[ingredient])
        .filter((rating): rating is number => typeof rating === 'number');
      if (ratings.length === 0) return { count: 0 };
      return { count: ratings.length, average: round2(ratings.reduce((sum, r) => sum + r, 0) / ratings.length) };
    };
    const practitioners = group('practitioner');
    const participants = group('participant');
    const evidencedLevel = levels[ingredient] ?? 0;
    const disagreements: string[] = [];
    if (practitioners.average !== undefined && participants.average !== undefined) {
      const gap = practitioners.average - participants.average;
      if (Math.abs(gap) >= RATING_GAP) {
        disagreements.push(
          gap > 0
            ? `Practitioners rate this higher than participants do (${practitioners.average} against ${participants.average}).`
            : `Participants rate this higher than practitioners do (${participants.average} against ${practitioners.average}).`,
        );
      }
    }
    const ratings = [practitioners.average, participants.average].filter((a): a is number => a !== undefined);
    if (ratings.length > 0) {
      const felt = levelOfRating(ratings.reduce((sum, r) => sum + r, 0) / ratings.length);
      if (felt - evidencedLevel >= 2) {
        disagreements.push(`People rate this as "${LEVEL_NAMES[felt]}", but the notes show "${LEVEL_NAMES[evidencedLevel]}". Is evidence missing?`);
      } else if (evidencedLevel - felt >= 2) {
        disagreements.push(`The notes show "${LEVEL_NAMES[evidencedLevel]}", but people rate it as "${LEVEL_NAMES[felt]}". Ask why.`);
      }
    }
    return { ingredient, practitioners, participants, evidencedLevel, disagreements };
  });
}
