/** Scores a project against the six ingredients, from the evidence in its notes. */
import { eachMonthOfInterval, format, parseISO } from 'date-fns';
import { compareText, INGREDIENTS, INGREDIENT_IDS, daysBetween, monthOf, plural, type IngredientId, type IsoDate, type RoleId } from '../domain';
import type { EvidenceItem, IngredientScore, TrendSeries } from './dashboard-types';
import { authorRole, hasLivedExperience, isWithdrawnVoice, noteAuthor, noteDate, type ProjectNotes } from './project-notes';
import { listedQuote, propertyQuote, type Quote } from './quotes';
import { LEVEL_NAMES, LEVEL_RULES, type Level, type ScoringSettings } from './thresholds';

const WITHHELD = 'Words not shown: this person has withdrawn.';

/**
 * Every piece of evidence in the project (or, with `sign: 'gap'`, every gap), once per note,
 * line and ingredient, oldest first. Each carries the words that explain it.
 */
export function collectEvidence(
  notes: ProjectNotes,
  asOf: IsoDate,
  settings: ScoringSettings,
  sign: 'strength' | 'gap' = 'strength',
): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const record of notes.counted) {
    const marks = sign === 'gap' ? record.gaps : record.evidence;
    if (marks.length === 0) continue;
    const date = noteDate(record);
    const author = noteAuthor(record);
    const role = authorRole(notes, author);
    const livedExperience = hasLivedExperience(notes, record);
    const withdrawn = isWithdrawnVoice(notes, record);
    const age = date === undefined ? undefined : daysBetween(date, asOf);
    const seen = new Set<string>();
    for (const mark of marks) {
      const key = `${mark.ingredient}:${mark.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const quote: Quote = withdrawn
        ? { text: WITHHELD, quotable: false }
        : mark.source === 'property'
          ? propertyQuote(record, mark.ingredient)
          : mark.text === ''
            ? listedQuote(record)
            : { text: mark.text, quotable: true };
      items.push({
        path: record.path,
        line: mark.source === 'property' && quote.line !== undefined ? quote.line : mark.line,
        title: record.title,
        ingredient: mark.ingredient,
        ...(date ? { date } : {}),
        ...(author ? { author } : {}),
        ...(role ? { role } : {}),
        kind: record.kind as EvidenceItem['kind'],
        source: mark.source,
        text: quote.text,
        quotable: quote.quotable,
        recent: age !== undefined && age >= 0 && age <= settings.recentDays,
        livedExperience,
        ...(withdrawn ? { withdrawn: true } : {}),
      });
    }
  }
  return items.sort(
    (a, b) => compareText(a.date ?? '', b.date ?? '') || compareText(a.path, b.path) || a.line - b.line,
  );
}

export function scoreIngredients(evidence: EvidenceItem[], settings: ScoringSettings, gaps: EvidenceItem[] = []): IngredientScore[] {
  return INGREDIENTS.map((ingredient) => {
    const items = evidence.filter((item) => item.ingredient === ingredient.id);
    const gapItems = gaps.filter((item) => item.ingredient === ingredient.id);
    const recentItems = items.filter((item) => item.recent);
    // Someone who withdrew is not a current voice.
    const voices = new Set(recentItems.filter((item) => !item.withdrawn).map((item) => item.author?.toLowerCase()).filter(Boolean)).size;
    const livedExperience = recentItems.filter((item) => item.livedExperience).length;
    const roles = [...new Set(items.map((item) => item.role).filter((role): role is RoleId => role !== undefined))].sort();
    const figures = { total: items.length, recent: recentItems.length, voices, livedExperience };
    const level = levelFor(figures);
    const dates = items.map((item) => item.date).filter((date): date is string => date !== undefined).sort();
    return {
      id: ingredient.id,
      name: ingredient.name,
      haveItWhen: ingredient.haveItWhen,
      level,
      levelName: LEVEL_NAMES[level],
      ...figures,
      roles,
      ...(dates.length > 0 ? { lastSeen: dates[dates.length - 1] } : {}),
      nextStep: nextStep(level, figures, settings),
      evidence: [...items].reverse(),
      gaps: gapItems.length,
      gapEvidence: [...gapItems].reverse(),
    };
  });
}

interface Figures {
  total: number;
  recent: number;
  voices: number;
  livedExperience: number;
}

export function levelFor({ total, recent, voices, livedExperience }: Figures): Level {
  const strong = LEVEL_RULES.goingStrong;
  if (recent >= strong.recent && voices >= strong.voices && livedExperience >= strong.livedExperience) return 3;
  if (recent >= LEVEL_RULES.onTheWay.recent && voices >= LEVEL_RULES.onTheWay.voices) return 2;
  if (total >= LEVEL_RULES.startingOut.total) return 1;
  return 0;
}

/** Says exactly what the next level needs that the evidence does not show yet. */
function nextStep(level: Level, figures: Figures, { recentDays }: ScoringSettings): string {
  if (level === 3) return '';
  if (level === 0) return 'Record one piece of evidence: tick a checklist line, add a tag or list it in a note\'s ingredients.';
  const rule = level === 1 ? LEVEL_RULES.onTheWay : LEVEL_RULES.goingStrong;
  const needs: string[] = [];
  if (figures.recent < rule.recent) {
    needs.push(`${plural(rule.recent - figures.recent, 'more piece', 'more pieces')} of evidence from the last ${recentDays} days`);
  }
  if (figures.voices < rule.voices) {
    needs.push(`evidence from ${plural(rule.voices - figures.voices, 'more person', 'more people')}`);
  }
  if ('livedExperience' in rule && figures.livedExperience < rule.livedExperience) {
    needs.push('recent evidence from someone with lived experience');
  }
  return `To reach "${LEVEL_NAMES[level + 1]}": ${needs.join(', ')}.`;
}

/** Evidence per ingredient per month, from the project's start (or first evidence) to the as-of month. */
export function trendOf(evidence: EvidenceItem[], start: IsoDate | undefined, asOf: IsoDate, end?: IsoDate): TrendSeries {
  const dated = evidence.filter((item) => item.date !== undefined && item.date <= asOf);
  const first = [start, ...dated.map((item) => item.date)].filter((d): d is string => d !== undefined).sort()[0];
  const last = end !== undefined && end < asOf ? end : asOf;
  const months =
    first === undefined || first > last
      ? []
      : eachMonthOfInterval({ start: parseISO(first), end: parseISO(last) }).map((month) => format(month, 'yyyy-MM'));
  const byIngredient = Object.fromEntries(INGREDIENT_IDS.map((id) => [id, months.map(() => 0)])) as Record<
    IngredientId,
    number[]
  >;
  for (const item of dated) {
    const position = months.indexOf(monthOf(item.date!));
    if (position !== -1) byIngredient[item.ingredient][position]!++;
  }
  return { months, byIngredient };
}
