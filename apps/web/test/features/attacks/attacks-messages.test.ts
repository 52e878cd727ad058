import { describe, expect, it } from 'vitest';
import { ATTACKS_MESSAGES } from '../../../src/features/attacks/attacks-messages.ts';
import { CSRF_MESSAGES } from '../../../src/features/attacks/csrf/csrf-messages.ts';
import { FIXATION_MESSAGES } from '../../../src/features/attacks/fixation/fixation-messages.ts';
import { FORGERY_MESSAGES } from '../../../src/features/attacks/forgery/forgery-messages.ts';
import { LEDGER_MESSAGES } from '../../../src/features/attacks/ledger/ledger-messages.ts';
import { STOLEN_REFRESH_MESSAGES } from '../../../src/features/attacks/stolen-refresh/stolen-refresh-messages.ts';
import { TWO_TABS_MESSAGES } from '../../../src/features/attacks/two-tabs/two-tabs-messages.ts';
import { XSS_MESSAGES } from '../../../src/features/attacks/xss/xss-messages.ts';

const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const CATALOGS = {
  attacks: ATTACKS_MESSAGES,
  csrf: CSRF_MESSAGES,
  fixation: FIXATION_MESSAGES,
  xss: XSS_MESSAGES,
  twoTabs: TWO_TABS_MESSAGES,
  forgery: FORGERY_MESSAGES,
  'stolen-refresh': STOLEN_REFRESH_MESSAGES,
  ledger: LEDGER_MESSAGES,
};

describe.each(Object.entries(CATALOGS))('the %s catalog', (_name, catalog) => {
  it('has the same keys in English and Vietnamese', () => {
    expect(Object.keys(catalog.vi).sort()).toEqual(Object.keys(catalog.en).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const en: Readonly<Record<string, string>> = catalog.en;
    const vi: Readonly<Record<string, string>> = catalog.vi;
    const mismatched = Object.keys(en).filter(
      (key) => placeholdersOf(en[key] ?? '').join() !== placeholdersOf(vi[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});
