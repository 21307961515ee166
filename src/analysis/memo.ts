/**
 * Remembers the last result of each part of a project's dashboard with what it was worked out
 * from, so a change elsewhere costs only a comparison. Inputs compare by identity, and lists of
 * records element by element: the index replaces a record on every change, so an unchanged
 * record is the same object.
 */
import type { ProjectIndex } from '../index';

interface Remembered {
  inputs: readonly unknown[];
  value: unknown;
}

const remembered = new WeakMap<ProjectIndex, Map<string, Remembered>>();

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** The value `make` gave last time for this index and key, while every input is the same; else made again. */
export function remember<T>(index: ProjectIndex, key: string, inputs: readonly unknown[], make: () => T): T {
  let memos = remembered.get(index);
  if (memos === undefined) {
    memos = new Map();
    remembered.set(index, memos);
  }
  const hit = memos.get(key);
  if (hit !== undefined && hit.inputs.length === inputs.length && hit.inputs.every((input, i) => same(input, inputs[i]))) {
    return hit.value as T;
  }
  const value = make();
  memos.set(key, { inputs, value });
  return value;
}
