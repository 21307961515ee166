import { format, isValid, parseISO } from 'date-fns';

/** A calendar day as written in notes: YYYY-MM-DD. Kept as text so nothing shifts with time zones. */
export type IsoDate = string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DAY.test(value) && isValid(parseISO(value));
}

/** YAML or Obsidian may hand over a Date object or a date-time; keep just the day. */
export function toIsoDay(value: unknown): string | undefined {
  if (value instanceof Date && isValid(value)) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    const dayPart = /^\d{4}-\d{2}-\d{2}(?=[T ]\d{2}:\d{2})/.exec(trimmed);
    return dayPart ? dayPart[0] : trimmed;
  }
  return undefined;
}

/** Whole days from one ISO day to another (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) -
    Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  return Math.round(ms / 86_400_000);
}

/** The month an ISO day falls in, as YYYY-MM. */
export function monthOf(day: IsoDate): string {
  return day.slice(0, 7);
}

/** A moment as the local calendar day it falls on: how the hosts turn the clock into "today". */
export function localDay(moment: Date): IsoDate {
  return format(moment, 'yyyy-MM-dd');
}
