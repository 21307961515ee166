/** "New co-production project" gives the tracker's properties their types, never changing one the person set. */
import { App } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { PROPERTY_TYPES } from '../../src/model/property-types';
import { addMissingPropertyTypes, typesNotice } from '../../src/plugin/property-types';

const ALL = Object.keys(PROPERTY_TYPES).length;

describe('addMissingPropertyTypes', () => {
  it("uses Obsidian's type manager, for names with no type only", async () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    const setType = vi.fn();
    const assigned: Record<string, string> = { date: 'text', hours: 'text' };
    Object.assign(app, { metadataTypeManager: { getAssignedWidget: (name: string) => assigned[name] ?? null, setType } });
    const names = await addMissingPropertyTypes(app);
    expect(names).toHaveLength(ALL - 2);
    expect(setType).toHaveBeenCalledWith('benefits-advice', 'checkbox');
    expect(setType).toHaveBeenCalledWith('quotes', 'text');
    expect(setType).toHaveBeenCalledWith('status', 'text');
    expect(setType).toHaveBeenCalledWith('outcomes', 'multitext');
    expect(setType).toHaveBeenCalledWith('withdrawn-date', 'date');
    expect(setType).not.toHaveBeenCalledWith('date', expect.anything());
    expect(setType).not.toHaveBeenCalledWith('hours', expect.anything());
    expect(typesNotice(names)).toBe(`Gave ${ALL - 2} of the tracker's properties a type in Properties. Types you had set are kept.`);
  });

  it('otherwise adds to types.json, keeping every type and setting already there', async () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    // An Obsidian without the type manager (it is not public API).
    Object.assign(app, { metadataTypeManager: undefined });
    const path = `${app.vault.configDir}/types.json`;
    await app.vault.adapter.write(path, JSON.stringify({ types: { date: 'datetime', mine: 'text' }, other: 1 }));
    const names = await addMissingPropertyTypes(app);
    expect(names).toHaveLength(ALL - 1);
    const written = JSON.parse(await app.vault.adapter.read(path)) as { types: Record<string, string>; other: number };
    expect(written.other).toBe(1);
    expect(written.types).toEqual({ ...PROPERTY_TYPES, date: 'datetime', mine: 'text' });
    expect(await addMissingPropertyTypes(app)).toEqual([]);
    expect(typesNotice([])).toBe('');
  });

  it('leaves a types.json it cannot read exactly as it is', async () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    // An Obsidian without the type manager (it is not public API).
    Object.assign(app, { metadataTypeManager: undefined });
    const path = `${app.vault.configDir}/types.json`;
    await app.vault.adapter.write(path, '{ not json');
    expect(await addMissingPropertyTypes(app)).toEqual([]);
    expect(await app.vault.adapter.read(path)).toBe('{ not json');
  });

  it('never creates types.json, and writes nothing when no type is missing', async () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    Object.assign(app, { metadataTypeManager: undefined });
    const path = `${app.vault.configDir}/types.json`;
    expect(await addMissingPropertyTypes(app)).toEqual([]);
    expect(await app.vault.adapter.exists(path)).toBe(false);
    // Every tracker type already set: the file keeps its exact bytes.
    await app.vault.adapter.write(path, '{"types":{}}');
    const first = await addMissingPropertyTypes(app);
    expect(first.length).toBeGreaterThan(0);
    const full = await app.vault.adapter.read(path);
    expect(await addMissingPropertyTypes(app)).toEqual([]);
    expect(await app.vault.adapter.read(path)).toBe(full);
  });
});
