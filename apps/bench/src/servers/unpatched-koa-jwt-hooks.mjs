/**
 * Runs an unchanged jwt-api on koa-jwt AS PUBLISHED, for the bench's comparison row: started with
 * `node --import tsx --import <this file> src/server.ts` and `BENCH_UNPATCHED_KOA_JWT_DIR` set to
 * a copy made by unpatched-koa-jwt.ts, it answers every `import … from 'koa-jwt'` with that copy
 * instead of the patched build pnpm installed. Nothing in the API changes; only which file the
 * name resolves to.
 *
 * The same file is both the `--import` entry (main thread: it registers itself) and the module
 * customization hooks (Node runs hooks in their own thread, where it only exports `resolve`).
 *
 * Reference: Node.js documentation, "Customization Hooks" (`module.register`, `resolve`).
 */
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const copyDir = process.env.BENCH_UNPATCHED_KOA_JWT_DIR;
if (copyDir === undefined) throw new Error('BENCH_UNPATCHED_KOA_JWT_DIR is required');
if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  if (specifier !== 'koa-jwt') return nextResolve(specifier, context);
  return { url: pathToFileURL(join(copyDir, 'lib/index.js')).href, shortCircuit: true };
}
