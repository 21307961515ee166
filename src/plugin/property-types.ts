/**
 * Gives the tracker's properties their types in Properties and Bases (dates, numbers,
 * lists, a checkbox), only for names the vault has no type for. A type the person set is
 * never changed. Obsidian keeps types in `<config folder>/types.json`; its type manager is
 * not in the public API, so it is used when present and the file is the fallback.
 */
import { normalizePath, type App } from 'obsidian';
import { PROPERTY_TYPES, missingPropertyTypes } from '../model/property-types';

interface TypeManager {
  getAssignedWidget?: (name: string) => string | null | undefined;
  setType?: (name: string, type: string) => unknown;
}

/** Sets the missing types and returns the names it typed. Never throws: types are a nicety. */
export async function addMissingPropertyTypes(app: App): Promise<string[]> {
  try {
    const manager = (app as unknown as { metadataTypeManager?: TypeManager }).metadataTypeManager;
    if (manager?.getAssignedWidget && manager.setType) {
      const assigned = manager.getAssignedWidget.bind(manager);
      const missing = missingPropertyTypes((name) => assigned(name));
      for (const [name, type] of Object.entries(missing)) await manager.setType.call(manager, name, type);
      return Object.keys(missing);
    }
    return await addToTypesFile(app);
  } catch {
    return [];
  }
}

/**
 * Adds the missing types to an existing `types.json`, read and written in one step through
 * the adapter's `process`, so a change synced in meanwhile is not lost. The file is never
 * created here: without it, Obsidian has set no types, and the type manager path above is
 * the one that applies.
 */
async function addToTypesFile(app: App): Promise<string[]> {
  const path = normalizePath(`${app.vault.configDir}/types.json`);
  const adapter = app.vault.adapter;
  if (!(await adapter.exists(path))) return [];
  let names: string[] = [];
  await adapter.process(path, (text) => {
    const updated = withMissingTypes(text);
    names = updated?.names ?? [];
    // Returning the same text writes nothing.
    return updated?.text ?? text;
  });
  return names;
}

/** The file's text with the missing types added, or undefined when it is not types or needs nothing. */
function withMissingTypes(text: string): { text: string; names: string[] } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  // A file we cannot read as types is left exactly as it is.
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const stored = parsed as Record<string, unknown>;
  const current = stored.types ?? {};
  if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
  const types = current as Record<string, unknown>;
  const missing = missingPropertyTypes((name) => (typeof types[name] === 'string' ? types[name] : undefined));
  const names = Object.keys(missing);
  if (names.length === 0) return undefined;
  return { text: `${JSON.stringify({ ...stored, types: { ...types, ...missing } }, null, 2)}\n`, names };
}

/** What the Notice says after the types were set. */
export function typesNotice(names: readonly string[]): string {
  if (names.length === 0) return '';
  const all = Object.keys(PROPERTY_TYPES).length;
  return names.length === all
    ? `Gave the tracker's ${all} properties their types (dates, numbers, lists, text and a checkbox) in Properties.`
    : `Gave ${names.length} of the tracker's properties a type in Properties. Types you had set are kept.`;
}
