/**
 * Rewards as finance needs them: one row per reward, by pseudonym, and the reward notes that
 * were made from the template but never filled in. The dashboard's rewards panel, the report
 * and `coprod rewards --csv` all count the same rows, so their totals agree.
 */
import { compareText, type IsoDate, type RoleId } from '../domain';
import { linkTarget, type RecordOfKind } from '../model';
import type { AttentionItem, NoteLink } from './dashboard-types';
import { compareByDate, linkTo, type ProjectNotes } from './project-notes';

type RewardRecord = RecordOfKind<'reward'>;

/** One reward, ready for a finance sheet. */
export interface RewardRow extends NoteLink {
  date: IsoDate;
  /** The participant's pseudonym; empty when the note names nobody. */
  pseudonym: string;
  role: RoleId;
  hours: number;
  type: string;
  /** Money paid or given. Recognition is thanks without money, so it has none. */
  amount?: number;
  /** Upper case, GBP when not written; only beside an amount. */
  currency?: string;
  /** Benefits advice offered first: true, false, or undefined when the note does not say. */
  benefitsAdvice?: boolean;
}

/**
 * A reward note made from the template and never filled in: it names no participant, and its
 * hours and amount are both empty or zero. It is named under "Needs attention" and never counted.
 */
export function isUnfinishedReward(reward: RewardRecord): boolean {
  let unfinished = unfinishedRewards.get(reward);
  if (unfinished === undefined) {
    const { participant, hours, amount } = reward.props;
    const nobody = participant === undefined || linkTarget(participant) === '';
    unfinished = nobody && (hours ?? 0) === 0 && (amount ?? 0) === 0;
    unfinishedRewards.set(reward, unfinished);
  }
  return unfinished;
}

/**
 * Counted rewards whose participant has no participant note in the project (a misspelt name,
 * or someone never written up): the reward still counts, under its own role or "other", but
 * nobody's consent or role stands behind it, so it is named.
 */
export function unknownParticipantRewardFindings(notes: ProjectNotes): AttentionItem[] {
  // Found in path order and then put in date order, as unfinishedRewardFindings does: `check`
  // never sorts every note of the project by date.
  const unknown = notes.counted.filter((record): record is RecordOfKind<'reward'> => {
    if (record.kind !== 'reward' || isUnfinishedReward(record)) return false;
    const name = record.props.participant ? linkTarget(record.props.participant) : '';
    return name !== '' && !notes.roleOfPerson.has(name.toLowerCase());
  });
  return unknown.sort(compareByDate).map((reward) =>
    participantFinding(
      reward,
      `This reward is for "${linkTarget(reward.props.participant!)}", but the project has no participant note of that name. It is counted under ${reward.props.role === undefined ? 'the role "other"' : 'its own role'}.`,
      'Check the spelling against the participant notes, or make a participant note for them, with their consent.',
    ),
  );
}

/** A finding about a reward's `participant`, placed on its line (the CLI reads the note again for it). */
function participantFinding(reward: RewardRecord, message: string, hint: string): AttentionItem {
  const line = reward.propertyLines.get('participant');
  return { kind: 'problem', path: reward.path, title: reward.title, property: 'participant', ...(line !== undefined ? { line } : {}), message, hint };
}

/** The answer depends on the note alone, so it is kept with its (never changed) record. */
const unfinishedRewards = new WeakMap<RewardRecord, boolean>();

/** The rewards that count: every reward note of the project but the unfinished ones. */
export function countedRewards(notes: ProjectNotes): RewardRecord[] {
  return notes.rewards.filter((reward) => !isUnfinishedReward(reward));
}

/** The role a reward is counted under: its own, its participant's, else "other". */
export function rewardRole(notes: ProjectNotes, reward: RewardRecord): RoleId {
  const pseudonym = reward.props.participant ? linkTarget(reward.props.participant) : '';
  return reward.props.role ?? (pseudonym ? notes.roleOfPerson.get(pseudonym.toLowerCase()) : undefined) ?? 'other';
}

/** The money a reward gave, and in which currency; none for recognition or when no amount is written. */
export function rewardMoney(reward: RewardRecord): { amount: number; currency: string } | undefined {
  const { amount, type, currency } = reward.props;
  if (amount === undefined || type === 'recognition') return undefined;
  return { amount, currency: currency?.trim().toUpperCase() || 'GBP' };
}

/** One row per counted reward, oldest first, then by path. */
export function rewardRows(notes: ProjectNotes): RewardRow[] {
  return countedRewards(notes)
    .map((reward): RewardRow => {
      const props = reward.props;
      const money = rewardMoney(reward);
      return {
        ...linkTo(reward),
        date: props.date,
        pseudonym: props.participant ? linkTarget(props.participant) : '',
        role: rewardRole(notes, reward),
        hours: props.hours ?? 0,
        type: props.type,
        ...(money ? { amount: money.amount, currency: money.currency } : {}),
        ...(props['benefits-advice'] !== undefined ? { benefitsAdvice: props['benefits-advice'] } : {}),
      };
    })
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.path, b.path));
}

/** Reward notes left as the template made them: named, so someone finishes or deletes them. */
export function unfinishedRewardFindings(notes: ProjectNotes): AttentionItem[] {
  // Found in path order and put in date order, as `notes.rewards` has them, without sorting every note of the project.
  const unfinished = notes.counted.filter((record): record is RecordOfKind<'reward'> => record.kind === 'reward' && isUnfinishedReward(record));
  return unfinished.sort(compareByDate).map((reward) =>
    participantFinding(
      reward,
      'This reward names no participant and has no hours or amount, so it is not counted.',
      'Fill in who it was for, the hours and the amount, or delete the note if it was made by mistake.',
    ),
  );
}
