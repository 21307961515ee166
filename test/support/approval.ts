/**
 * Approval testing: compares output with a file kept in test/approved/. The approved files
 * double as documentation of what the tracker prints. Run with UPDATE_APPROVED=1 to write
 * them, then read the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const APPROVED = path.resolve(__dirname, '../approved');

export function expectApproved(name: string, actual: string): void {
  const file = path.join(APPROVED, name);
  if (process.env.UPDATE_APPROVED === '1') {
    mkdirSync(APPROVED, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`No approved file ${name}. Run with UPDATE_APPROVED=1 to create it, then review it.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
