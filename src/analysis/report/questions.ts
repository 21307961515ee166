/** The questions every project should answer, with answers from the notes and from the evidence. */
import { compareText, RUNG_IDS, RUNG_NAMES, type RungId } from '../../domain';
import type { NoteRecord, RecordOfKind } from '../../model';
import type { DashboardModel } from '../dashboard-types';
import type { ProjectNotes } from '../project-notes';
import { answersOnce, quoteBase, sectionAnswers, sentencesOf } from './answers';
import type { QuoteLedger } from './quotes';
import { joinWords, longDate } from '../../domain';
import type { JourneyStage, ReportQuestion } from './types';

interface QuestionRule {
  question: string;
  heading: RegExp;
  words: RegExp;
}

/** DOMAIN.md's questions every project should be able to answer, in our words. */
const QUESTIONS: readonly QuestionRule[] = [
  {
    question: 'Which of the six ingredients were essential here?',
    heading: /essential|matter(s|ed)? most|which ingredients/i,
    words: /\bessential\b|matters? most/i,
  },
  {
    question: 'When was the organisation ready?',
    heading: /\bready\b|readiness|time, money and skills/i,
    words: /\bready\b|\breadiness\b/i,
  },
  {
    question: 'What were the key steps of the journey?',
    heading: /ladder|climb|key steps|achieve together/i,
    words: /key steps?|\bladder\b|next rung/i,
  },
  {
    question: 'Who started it, and were champions needed?',
    heading: /who started|instigat|champion/i,
    words: /\bchampions?\b|instigat/i,
  },
  {
    question: 'Was co-production the right approach this time?',
    heading: /co-production right|right (approach|thing|way)|did not fit/i,
    words: /right approach|did not fit|not co-production/i,
  },
  {
    question: 'What happens if it is done badly?',
    heading: /go wrong|badly/i,
    words: /\bbadly\b|went wrong|goes wrong/i,
  },
];

export function questionsOf(
  notes: ProjectNotes,
  phaseNotes: readonly RecordOfKind<'phase'>[],
  dashboard: DashboardModel,
  journey: readonly JourneyStage[],
  ledger: QuoteLedger,
): ReportQuestion[] {
  const sources: NoteRecord[] = [...phaseNotes, ...notes.reflections];
  return QUESTIONS.map((rule, position) => {
    const answers = sectionAnswers(sources, rule.heading);
    const texts = new Set(answers.map((answer) => answer.text.toLowerCase()));
    for (const record of sources) {
      for (const section of record.sections) {
        if (rule.heading.test(section.heading)) continue;
        for (const sentence of sentencesOf(section)) {
          if (!rule.words.test(sentence) || texts.has(sentence.toLowerCase())) continue;
          texts.add(sentence.toLowerCase());
          answers.push({ ...quoteBase(record, section), text: sentence, heading: section.heading });
        }
      }
    }
    const fromEvidence = position === 0 ? strongestIngredients(dashboard) : position === 2 ? journeySteps(journey) : undefined;
    return { question: rule.question, answers: answersOnce(answers, ledger, 4), ...(fromEvidence ? { fromEvidence } : {}) };
  });
}

function strongestIngredients(dashboard: DashboardModel): string | undefined {
  const seen = dashboard.ingredients.filter((score) => score.total > 0);
  if (seen.length === 0) return undefined;
  const top = Math.max(...seen.map((score) => score.level));
  const bottom = Math.min(...dashboard.ingredients.map((score) => score.level));
  const strongest = dashboard.ingredients.filter((score) => score.level === top);
  const weakest = dashboard.ingredients.filter((score) => score.level === bottom);
  const names = (list: typeof strongest) => joinWords(list.map((score) => score.name));
  const verb = (list: typeof strongest, one: string, many: string) => (list.length === 1 ? one : many);
  const strong = `${names(strongest)} ${verb(strongest, 'has', 'have')} the most evidence ("${strongest[0]!.levelName}")`;
  if (top === bottom) return `${strong}.`;
  if (bottom === 0) return `${strong}; ${names(weakest)} ${verb(weakest, 'has', 'have')} none yet.`;
  return `${strong}; ${names(weakest)} the least ("${weakest[0]!.levelName}").`;
}

function journeySteps(journey: readonly JourneyStage[]): string | undefined {
  // When each phase began is said once, under "The journey"; this gives the climb up the ladder.
  const activities = journey.flatMap((stage) => stage.activities).sort((a, b) => compareText(a.date, b.date));
  const parts: string[] = [];
  const rungs = activities.map((activity) => activity.rung).filter((rung): rung is RungId => rung !== undefined);
  if (rungs.length > 0) {
    const highest = rungs.reduce((best, rung) => (RUNG_IDS.indexOf(rung) > RUNG_IDS.indexOf(best) ? rung : best));
    const reached = activities.find((activity) => activity.rung === highest)!;
    parts.push(
      rungs[0] === highest
        ? `Sessions sat at the "${RUNG_NAMES[highest]}" rung of the ladder from the first one.`
        : `The first session sat at the "${RUNG_NAMES[rungs[0]!]}" rung of the ladder; "${RUNG_NAMES[highest]}" was first reached on ${longDate(reached.date)}.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}
