import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { CATALOGS, formatMessage } from '../../src/i18n/i18n.tsx';
import { vi } from '../../src/i18n/vi.ts';

const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n catalog', () => {
  it('has every English key in Vietnamese', () => {
    const missing = Object.keys(en).filter((key) => !(key in vi));
    expect(missing).toEqual([]);
  });

  it('has no Vietnamese key that English lacks', () => {
    expect(Object.keys(vi).filter((key) => !(key in en))).toEqual([]);
  });

  it('has no empty message in either language', () => {
    for (const catalog of Object.values(CATALOGS)) {
      expect(Object.entries(catalog).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => placeholdersOf(en[key]).join() !== placeholdersOf(vi[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Event {current} of {total}', { current: 2, total: 9 })).toBe(
      'Event 2 of 9',
    );
    expect(formatMessage('{missing}')).toBe('{missing}');
  });
});
