import { describe, expect, it } from 'vitest';
import { CLUSTER_MESSAGES } from '../../../src/features/cluster/cluster-messages.ts';

const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the cluster view catalog', () => {
  it('has the same keys in English and Vietnamese', () => {
    expect(Object.keys(CLUSTER_MESSAGES.vi).sort()).toEqual(
      Object.keys(CLUSTER_MESSAGES.en).sort(),
    );
  });

  it('uses the same placeholders in both languages', () => {
    const { en, vi } = CLUSTER_MESSAGES;
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => placeholdersOf(en[key]).join() !== placeholdersOf(vi[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
