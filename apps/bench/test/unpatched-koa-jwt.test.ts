import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadUnpatchedKoaJwt, parseHunks, reversePatch } from '../src/unpatched-koa-jwt.ts';

const patch = readFileSync(
  new URL('../../../patches/koa-jwt@4.0.4.patch', import.meta.url),
  'utf8',
);

describe('parseHunks', () => {
  it("reads the koa-jwt patch's hunk as the code before and after", () => {
    const [hunk, ...others] = parseHunks(patch);
    expect(others).toEqual([]);
    expect(hunk?.file).toBe('lib/index.js');
    expect(hunk?.before).toContain('await pAny(decodedTokens)');
    expect(hunk?.after).toContain('secrets.length === 1');
  });
});

describe('reversePatch', () => {
  const installed = readFileSync(createRequire(import.meta.url).resolve('koa-jwt'), 'utf8');

  it('turns the installed (patched) koa-jwt back into the published code', () => {
    expect(installed).toContain('authlab patch');
    const published = reversePatch(installed, parseHunks(patch));
    expect(published).toContain('await pAny(decodedTokens)');
    expect(published).not.toContain('authlab patch');
  });

  it('refuses code that does not hold the patched lines', () => {
    expect(() => reversePatch('module.exports = 1;', parseHunks(patch))).toThrow(/patched code/);
  });
});

describe('loadUnpatchedKoaJwt', () => {
  it('loads a koa-jwt middleware factory from a copy it does not leave behind', () => {
    expect(typeof loadUnpatchedKoaJwt()).toBe('function');
  });
});
