/**
 * The rewards as a CSV file for finance: one row per reward, RFC 4180 (fields with a comma,
 * a quote or a line break are quoted, quotes doubled, lines end in CRLF). A cell that a
 * spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage return)
 * gets a ' in front, so note text can never run as one.
 */
import { ROLE_NAMES } from '../domain';
import type { RewardRow } from './rewards';

export const REWARDS_CSV_HEADER = [
  'date',
  'pseudonym',
  'role',
  'hours',
  'type',
  'amount',
  'currency',
  'benefits advice offered',
] as const;

/** A cell made safe for a spreadsheet and quoted as RFC 4180 asks. Linear in the text. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 2.5 -> "2.5", 30 -> "30.00" for money. */
function figure(value: number, money: boolean): string {
  return money ? value.toFixed(2) : String(Math.round(value * 100) / 100);
}

export function rewardsCsv(rows: readonly RewardRow[]): string {
  const lines = [REWARDS_CSV_HEADER.map(csvCell).join(',')];
  for (const row of rows) {
    const cells = [
      row.date,
      row.pseudonym,
      ROLE_NAMES[row.role],
      figure(row.hours, false),
      row.type,
      row.amount === undefined ? '' : figure(row.amount, true),
      row.currency ?? '',
      row.benefitsAdvice === undefined ? 'not recorded' : row.benefitsAdvice ? 'yes' : 'no',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
