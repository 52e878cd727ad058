import { describe, expect, it } from 'vitest';
import { STORAGE_LOCATIONS } from '../src/storage-locations.ts';

describe('STORAGE_LOCATIONS', () => {
  it('keeps every credential out of script-readable storage by default', () => {
    const readable = Object.values(STORAGE_LOCATIONS).filter(
      (location) => location.readableByScripts && location.survivesReload,
    );
    expect(readable.map((location) => location.id)).toEqual(['local-storage']);
    expect(STORAGE_LOCATIONS['local-storage'].holds.session).toEqual([]);
    expect(STORAGE_LOCATIONS['local-storage'].holds.jwt).toEqual([]);
    expect(STORAGE_LOCATIONS['local-storage'].holds.jwtDocuments.length).toBeGreaterThan(0);
  });

  it('is keyed by the location ids it describes', () => {
    for (const [key, location] of Object.entries(STORAGE_LOCATIONS)) expect(location.id).toBe(key);
  });
});
