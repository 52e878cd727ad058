/**
 * koa-jwt exactly as published, next to the patched build that pnpm installs
 * (`patches/koa-jwt@4.0.4.patch`, see docs/performance.md): the bench copies the installed
 * package into a fresh folder under `node_modules/.cache/` and reverses the patch's hunks there.
 * The micro-benchmark loads that copy in-process (every file of koa-jwt is required at load time,
 * so the copy can go at once); one HTTP configuration runs the jwt-api on it for the whole run
 * (servers/unpatched-koa-jwt-hooks.mjs). Parallel runs never share a copy. The copy sits under the
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
    // A file's header ends the previous file's last hunk (its lines are not context).
    if (line.startsWith('diff --git ')) {
      flush();
    } else if (line.startsWith('+++ b/')) {
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

/** A copy of the installed koa-jwt with the patch reversed, under the bench's node_modules. */
export function createUnpatchedKoaJwtCopy(): { readonly dir: string; remove(): void } {
  const require = createRequire(import.meta.url);
  const installedDir = dirname(require.resolve('koa-jwt/package.json'));
  mkdirSync(CACHE_DIR, { recursive: true });
  const dir = mkdtempSync(join(CACHE_DIR, 'koa-jwt-unpatched-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(installedDir, dir, { recursive: true, dereference: true });
    const hunks = parseHunks(readFileSync(PATCH_PATH, 'utf8'));
    for (const file of new Set(hunks.map((hunk) => hunk.file))) {
      const path = join(dir, file);
      const own = hunks.filter((hunk) => hunk.file === file);
      writeFileSync(path, reversePatch(readFileSync(path, 'utf8'), own));
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

/** The middleware factory of koa-jwt as published, loaded from a copy that is then deleted. */
export function loadUnpatchedKoaJwt(): typeof koaJwt {
  const copy = createUnpatchedKoaJwtCopy();
  try {
    return createRequire(import.meta.url)(join(copy.dir, 'lib/index.js')) as typeof koaJwt;
  } finally {
    copy.remove();
  }
}
