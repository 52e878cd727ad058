import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createUnpatchedKoaJwtCopy,
  loadUnpatchedKoaJwt,
  parseHunks,
  reversePatch,
} from '../src/unpatched-koa-jwt.ts';

const patch = readFileSync(
  new URL('../../../patches/koa-jwt@4.0.4.patch', import.meta.url),
  'utf8',
);

describe('parseHunks', () => {
  it("reads the koa-jwt patch's code hunk as the code before and after", () => {
    const [hunk, ...typeHunks] = parseHunks(patch);
    expect(hunk?.file).toBe('lib/index.js');
    expect(hunk?.before).toContain('await pAny(decodedTokens)');
    expect(hunk?.after).toContain('secrets.length === 1');
    expect(typeHunks.map((typeHunk) => typeHunk.file)).toEqual(
      typeHunks.map(() => 'types/index.d.ts'),
    );
  });

  it("ends a file's last hunk at the next file's header", () => {
    const [hunk] = parseHunks(patch);
    expect(hunk?.after).not.toContain('diff --git');
    expect(hunk?.before).not.toContain('index.d.ts');
  });
});

describe('reversePatch', () => {
  const installed = readFileSync(createRequire(import.meta.url).resolve('koa-jwt'), 'utf8');

  it('turns the installed (patched) koa-jwt back into the published code', () => {
    expect(installed).toContain('authlab patch');
    const codeHunks = parseHunks(patch).filter((hunk) => hunk.file === 'lib/index.js');
    const published = reversePatch(installed, codeHunks);
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

describe('unpatched-koa-jwt-hooks.mjs', () => {
  it("makes the jwt-api's `koa-jwt` resolve to the unpatched copy", () => {
    const copy = createUnpatchedKoaJwtCopy();
    try {
      const hooks = fileURLToPath(
        new URL('../src/servers/unpatched-koa-jwt-hooks.mjs', import.meta.url),
      );
      const resolved = execFileSync(
        process.execPath,
        [
          '--import',
          hooks,
          '--input-type=module',
          '-e',
          "console.log(import.meta.resolve('koa-jwt'))",
        ],
        {
          cwd: fileURLToPath(new URL('../../jwt-api/', import.meta.url)),
          encoding: 'utf8',
          env: { ...process.env, BENCH_UNPATCHED_KOA_JWT_DIR: copy.dir },
        },
      );
      expect(fileURLToPath(resolved.trim())).toBe(`${copy.dir}/lib/index.js`);
    } finally {
      copy.remove();
    }
    expect(existsSync(copy.dir)).toBe(false);
  });
});
