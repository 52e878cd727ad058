/**
 * The two APIs are twins: the same file names for the same roles, the same docblock template, the
 * same routes and the same middleware order, so that comparing the two folders shows only the
 * authentication mechanism. This test keeps it so: a file without a twin must be declared here,
 * with the reason only one mechanism needs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SESSION_SRC = fileURLToPath(new URL('../src/', import.meta.url));
const JWT_SRC = fileURLToPath(new URL('../../jwt-api/src/', import.meta.url));

/** Twins under different names: the same role, named for each mechanism. */
const RENAMED_TWINS: Readonly<Record<string, string>> = {
  'session/session-cookie.ts': 'tokens/refresh-cookie.ts',
  'stores/session-store.ts': 'stores/revocation-store.ts',
  'stores/memory-session-store.ts': 'stores/memory-revocation-store.ts',
  'stores/redis-session-store.ts': 'stores/redis-revocation-store.ts',
  'stores/redis-session-state.ts': 'stores/redis-revocation-state.ts',
};

/** Files only one mechanism needs, and why. */
const SESSION_ONLY: Readonly<Record<string, string>> = {
  'middleware/session.ts':
    'koa-session is its own middleware; koa-jwt is mounted in authenticate.ts',
  'session/session-key.ts': 'the store files sessions under a keyed hash of the id',
  'stores/koa-session-store.ts': "koa-session's store adapter; koa-jwt takes no store",
};
const JWT_ONLY: Readonly<Record<string, string>> = {
  'keys/jwk-thumbprint.ts': 'signing keys and their ids: a session has no signature',
  'keys/jwks-key-loader.ts':
    "a verifier's keys, fetched from its signer's JWKS: a session id is checked where it is kept",
  'keys/key-reference.ts': "the header's kid, read before the signature: a session has none",
  'keys/key-set.ts': 'signing keys and their ids: a session has no signature',
  'keys/load-keys.ts': 'signing keys and their ids: a session has no signature',
  'keys/verification-keys.ts': 'signing keys and their ids: a session has no signature',
  'middleware/check-revocation.ts': "koa-jwt's isRevoked: a deleted session needs no such check",
  'middleware/reject-invalid-token.ts': "koa-jwt's refusals, mapped to RFC 6750's invalid_token",
  'middleware/koa-jwt-options.d.ts': 'the options koa-jwt forwards to jsonwebtoken, typed',
  'routes/issuing.ts': 'the routes only a key holder mounts; every session instance can log in',
  'routes/jwks.ts': 'public keys for other verifiers',
  'routes/lab-keys.ts': 'the lab rotates the signing key: a session has no signature',
  'routes/refresh.ts': 'short access tokens need refreshing; a session slides on the server',
  'routes/verifier.ts': 'a verifier instance issues no token; every session instance can log in',
  'routes/vulnerable-verifier.ts':
    'lab only: the forgery lab attacks a signature; a session has none',
  'lab/family-history.ts': "lab only: refresh families' rotation history; sessions do not rotate",
  'lab/lab-routers.ts':
    "lab only: three routers (view, key rotation, forgery target); session's one",
  'lab/fetch-lab-jwks.ts': "lab only: the vulnerable verifier's jku download (signature keys)",
  'lab/find-naive-key.ts': "lab only: the vulnerable verifier's key choice (signature keys)",
  'lab/stateless-lab-mode.ts': "lab only: koa-jwt's isRevoked skipped; a session is its own record",
  'lab/vulnerable-key-files.ts': "lab only: the vulnerable verifier's kid files (signature keys)",
  'lab/vulnerable-verifier.ts': 'lab only: a verifier with the classic JWT mistakes',
  'stores/bounded-expiring-map.ts': "the memory denylist's bound, and its fail-closed signal",
  'tokens/check-refresh-family.ts': 'the rules a refresh token must pass before rotation',
  'tokens/refresh-grace-window.ts': 'the grace window lab mode: a session has no rotation',
  'tokens/refresh-tokens.ts': 'refresh-token families and rotation',
  'tokens/revoke-user-tokens.ts': 'credential version and floor: "every token of this user"',
  'tokens/sign-tokens.ts': 'issuing signed tokens',
  'tokens/token-claims.ts': 'the claims a token carries and checks',
  'tokens/verify-refresh-token.ts': 'refresh tokens are verified apart from access tokens',
};

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

const sessionFiles = listFiles(SESSION_SRC);
const jwtFiles = listFiles(JWT_SRC);
const twinOf = (sessionFile: string) => RENAMED_TWINS[sessionFile] ?? sessionFile;
const twins = sessionFiles
  .filter((file) => SESSION_ONLY[file] === undefined)
  .map((file) => [file, twinOf(file)] as const);

function docblockOf(source: string): string {
  const end = source.indexOf('*/');
  return source.startsWith('/**') && end !== -1 ? source.slice(0, end) : '';
}

function routesOf(source: string): string[] {
  return [...source.matchAll(/router\.(get|post|put|patch|delete)\('([^']*)'/g)]
    .map((match) => `${match[1]?.toUpperCase()} ${match[2]}`)
    .sort();
}

function middlewareOrderOf(source: string): string[] {
  return [...source.matchAll(/app\.use\(\s*(\w+)/g)].map((match) => match[1] ?? '');
}

describe('the two APIs mirror each other', () => {
  it('gives every session-api file a twin in jwt-api, or a reason why not', () => {
    const missing = twins.filter(([, jwtFile]) => !jwtFiles.includes(jwtFile));
    expect(missing).toEqual([]);
  });

  it('gives every jwt-api file a twin in session-api, or a reason why not', () => {
    const twinned = new Set(twins.map(([, jwtFile]) => jwtFile));
    const unexplained = jwtFiles.filter((file) => !twinned.has(file) && !JWT_ONLY[file]);
    expect(unexplained).toEqual([]);
  });

  it('lists no mechanism-only file that does not exist', () => {
    const stale = [
      ...Object.keys(SESSION_ONLY).filter((file) => !sessionFiles.includes(file)),
      ...Object.keys(JWT_ONLY).filter((file) => !jwtFiles.includes(file)),
    ];
    expect(stale).toEqual([]);
  });

  it('opens every file with the docblock template: Teaches, Flow step ids, Reference', () => {
    const files = [
      ...sessionFiles.map((file) => join(SESSION_SRC, file)),
      ...jwtFiles.filter((file) => !file.endsWith('.d.ts')).map((file) => join(JWT_SRC, file)),
    ];
    const offTemplate = files.filter((path) => {
      const docblock = docblockOf(readFileSync(path, 'utf8'));
      return !['Teaches:', 'Flow step ids:', 'Reference:'].every((heading) =>
        docblock.includes(` * ${heading}`),
      );
    });
    expect(offTemplate).toEqual([]);
  });

  it.each(twins.filter(([file]) => file.startsWith('routes/')))(
    'serves the same routes in %s and its twin',
    (sessionFile, jwtFile) => {
      const sessionRoutes = routesOf(readFileSync(join(SESSION_SRC, sessionFile), 'utf8'));
      const jwtRoutes = routesOf(readFileSync(join(JWT_SRC, jwtFile), 'utf8'));
      expect(sessionRoutes).toEqual(jwtRoutes);
    },
  );

  it('wires the app-wide middleware in the same order', () => {
    const order = (root: string) => middlewareOrderOf(readFileSync(join(root, 'app.ts'), 'utf8'));
    expect(order(SESSION_SRC)).toEqual(order(JWT_SRC));
  });
});
