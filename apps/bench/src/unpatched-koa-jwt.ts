/**
 * koa-jwt exactly as published, next to the patched build that pnpm installs
 * (`patches/koa-jwt@4.0.4.patch`, see docs/performance.md): the bench copies the installed
 * package into `node_modules/.cache/koa-jwt-unpatched/` and reverses the patch's hunks there,
 * so both builds can be timed in one process. The copy sits under the bench's node_modules so that
 * its own `require`s (jsonwebtoken, koa-unless, p-any: direct dependencies of the bench) resolve.
 * A hunk that cannot be found fails loudly: a copy that is still patched would measure nothing.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type koaJwt from 'koa-jwt';
import { BENCH_PACKAGE_DIR } from './paths.ts';

const PATCH_PATH = join(BENCH_PACKAGE_DIR, '../../patches/koa-jwt@4.0.4.patch');
const COPY_DIR = join(BENCH_PACKAGE_DIR, 'node_modules/.cache/koa-jwt-unpatched');

interface Hunk {
  readonly file: string;
  readonly before: string;
  readonly after: string;
}

/** The hunks of a unified diff as (file, text before, text after) — enough for pnpm's patches. */
export function parseHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let file = '';
  let current: { before: string[]; after: string[] } | null = null;
  const flush = () => {
    if (current !== null)
      hunks.push({ file, before: current.before.join('\n'), after: current.after.join('\n') });
    current = null;
  };
  for (const line of patch.split('\n')) {
    if (line.startsWith('+++ b/')) {
      flush();
      file = line.slice('+++ b/'.length);
    } else if (line.startsWith('@@')) {
      flush();
      current = { before: [], after: [] };
    } else if (current !== null && !line.startsWith('\\')) {
      const text = line.slice(1);
      if (!line.startsWith('+')) current.before.push(text);
      if (!line.startsWith('-')) current.after.push(text);
    }
  }
  flush();
  return hunks;
}

/** The middleware factory of koa-jwt as published, from a fresh copy with the patch reversed. */
export function loadUnpatchedKoaJwt(): typeof koaJwt {
  const require = createRequire(import.meta.url);
  const installedDir = dirname(require.resolve('koa-jwt/package.json'));
  rmSync(COPY_DIR, { recursive: true, force: true });
  cpSync(installedDir, COPY_DIR, { recursive: true, dereference: true });
  for (const hunk of parseHunks(readFileSync(PATCH_PATH, 'utf8'))) {
    const path = join(COPY_DIR, hunk.file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes(hunk.after))
      throw new Error(`koa-jwt's ${hunk.file} does not contain the patched code`);
    writeFileSync(path, source.replace(hunk.after, hunk.before));
  }
  return require(join(COPY_DIR, 'lib/index.js')) as typeof koaJwt;
}
