/**
 * koa-jwt exactly as published, next to the patched build that pnpm installs
 * (`patches/koa-jwt@4.0.4.patch`, see docs/performance.md): the bench copies the installed
 * package into a fresh folder under `node_modules/.cache/`, reverses the patch's hunks there,
 * loads it (every file of koa-jwt is required at load time) and deletes the copy, so both builds
 * can be timed in one process and parallel runs never share a copy. The copy sits under the
 * bench's node_modules so that its own `require`s (jsonwebtoken, koa-unless, p-any: direct
 * dependencies of the bench) resolve. A hunk that cannot be found fails loudly: a copy that is
 * still patched would measure nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type koaJwt from 'koa-jwt';
import { BENCH_PACKAGE_DIR } from './paths.ts';

const PATCH_PATH = join(BENCH_PACKAGE_DIR, '../../patches/koa-jwt@4.0.4.patch');
const CACHE_DIR = join(BENCH_PACKAGE_DIR, 'node_modules/.cache');

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

/** `source` with every hunk of `patch` reversed; throws when a hunk is not there. */
export function reversePatch(source: string, hunks: readonly Hunk[]): string {
  return hunks.reduce((text, hunk) => {
    if (!text.includes(hunk.after))
      throw new Error(`${hunk.file} does not contain the patched code`);
    return text.replace(hunk.after, hunk.before);
  }, source);
}

/** The middleware factory of koa-jwt as published, from a fresh copy with the patch reversed. */
export function loadUnpatchedKoaJwt(): typeof koaJwt {
  const require = createRequire(import.meta.url);
  const installedDir = dirname(require.resolve('koa-jwt/package.json'));
  mkdirSync(CACHE_DIR, { recursive: true });
  const copyDir = mkdtempSync(join(CACHE_DIR, 'koa-jwt-unpatched-'));
  try {
    cpSync(installedDir, copyDir, { recursive: true, dereference: true });
    const hunks = parseHunks(readFileSync(PATCH_PATH, 'utf8'));
    for (const file of new Set(hunks.map((hunk) => hunk.file))) {
      const path = join(copyDir, file);
      writeFileSync(
        path,
        reversePatch(
          readFileSync(path, 'utf8'),
          hunks.filter((hunk) => hunk.file === file),
        ),
      );
    }
    return require(join(copyDir, 'lib/index.js')) as typeof koaJwt;
  } finally {
    rmSync(copyDir, { recursive: true, force: true });
  }
}
