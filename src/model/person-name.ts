import { linkTarget } from './links';

/**
 * A person's name from a property such as `author:`. A whole link ("[[Priya]]",
 * "[Priya](People/Priya.md)") names the note it points to; any other text is the name as
 * written, so "1/2" or "Ana / Bo" is never cut at its slash.
 */
export function personName(value: string): string {
  const text = value.trim();
  return /^\[\[[^\]]*\]\]$/.test(text) || /^\[[^\]]*\]\([^)]*\)$/.test(text) ? linkTarget(text) : text;
}
