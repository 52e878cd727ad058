import { describe, expect, it } from 'vitest';
import { summarizeCrash } from '../src/child-server.ts';
import { rotate } from '../src/measure-pairs.ts';

describe('summarizeCrash', () => {
  it('picks the error line of a crash', () => {
    const output =
      'node:internal\n    throw\nError [ERR_MODULE_NOT_FOUND]: Cannot find module x\n    at y\n';
    expect(summarizeCrash(output)).toBe('Error [ERR_MODULE_NOT_FOUND]: Cannot find module x');
  });

  it('keeps every line of a configuration error', () => {
    const output =
      'Error: Invalid configuration:\n  - JWT_SECRET: is required\n  - PORT: too big\n    at z';
    expect(summarizeCrash(output)).toBe(
      'Error: Invalid configuration: - JWT_SECRET: is required - PORT: too big',
    );
  });
});

describe('rotate', () => {
  it('starts each round at a different configuration', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
  });
});
