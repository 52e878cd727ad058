/** Where things live, resolved once from this file (apps/bench/src/paths.ts). */
import { fileURLToPath } from 'node:url';

const resolveFromHere = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const BENCH_PACKAGE_DIR = resolveFromHere('../');
export const SESSION_API_DIR = resolveFromHere('../../session-api/');
export const JWT_API_DIR = resolveFromHere('../../jwt-api/');
export const LATEST_RESULTS_PATH = resolveFromHere('../results/latest.json');
export const DOCS_DIR = resolveFromHere('../../../docs/');
export const REPOSITORY_ROOT = resolveFromHere('../../../');
