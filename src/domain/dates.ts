import { format, isValid } from 'date-fns';

/** A calendar day as written in notes: YYYY-MM-DD. Kept as text so nothing shifts with time zones. */
export type IsoDate = string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2026-02-31 is not). Worked out by hand: called for every date of every note. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || !ISO_DAY.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
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
