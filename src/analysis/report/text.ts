/** Small text helpers the report model's sentences share (the renderer reuses them too). */

/** "2026-03-10 Kick-off workshop" -> "Kick-off workshop": the date is given beside it anyway. */
export function displayTitle(title: string): string {
  return title.replace(/^\d{4}-\d{2}-\d{2}\s+(?=\S)/, '');
}
