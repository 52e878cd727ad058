/**
 * The configurations of a run, in framework groups (configurations.ts says why each group has its
 * own floor). Peers answer the same `GET /me` contract with the libraries a reader would pick
 * instead of authlab's (src/servers/*, each docblock says how it is set up).
 */
import {
  apiServer,
  type Configuration,
  type ConfigurationContext,
  type ConfigurationEntry,
  generateSecrets,
  ownEntry,
  ownServer,
  type Secrets,
  type StartServer,
  unpatchedJwtApiServer,
} from './configurations.ts';
import type { CredentialKind } from './log-in.ts';
import { PEER_ENTRIES } from './peer-configurations.ts';

/** One of authlab's APIs (Koa), started through its public entry. */
function authlab(
  id: string,
  label: string,
  credential: CredentialKind,
  start: StartServer,
  usesRedis = false,
): ConfigurationEntry {
  return { id, label, framework: 'koa', role: 'auth', credential, usesRedis, authlab: true, start };
}

const jwt = (secrets: Secrets) => ({ JWT_SECRET: secrets.jwtSecret });

const ENTRIES: readonly ConfigurationEntry[] = [
  ownEntry(
    'koa',
    'floor',
    'none',
    'koa-bare',
    'Koa bare route (@koa/router, the floor)',
    ownServer('bare-server.ts'),
  ),
  ownEntry(
    'koa',
    'reference',
    'none',
    'koa-plain',
    'Koa, one middleware, no router (reference)',
    ownServer('plain-koa-server.ts'),
  ),
  authlab(
    'session-memory',
    'authlab session-api, memory store',
    'cookie',
    apiServer('session', 'memory'),
  ),
  authlab(
    'session-redis',
    'authlab session-api, Redis store',
    'cookie',
    apiServer('session', 'redis'),
    true,
  ),
  authlab(
    'jwt-hs256-memory',
    'authlab jwt-api HS256, memory revocation store (trace on)',
    'bearer',
    apiServer('jwt', 'memory'),
  ),
  ownEntry(
    'koa',
    'auth',
    'bearer',
    'jwt-hs256-memory-unpatched-koa-jwt',
    'authlab jwt-api HS256, memory store, on koa-jwt as published (unpatched)',
    unpatchedJwtApiServer(),
  ),
  authlab(
    'jwt-hs256-redis',
    'authlab jwt-api HS256, Redis revocation store',
    'bearer',
    apiServer('jwt', 'redis'),
    true,
  ),
  authlab(
    'jwt-es256-memory',
    'authlab jwt-api ES256, memory revocation store',
    'bearer',
    apiServer('jwt', 'memory', 'ES256'),
  ),
  authlab(
    'jwt-es256-redis',
    'authlab jwt-api ES256, Redis revocation store',
    'bearer',
    apiServer('jwt', 'redis', 'ES256'),
    true,
  ),
  ownEntry(
    'koa',
    'auth',
    'bearer',
    'naive-jwt-hs256',
    'naive: koa-jwt HS256, secret as a string',
    ownServer('naive-jwt-server.ts', jwt),
  ),
  ...PEER_ENTRIES,
];

export const CONFIGURATION_IDS: readonly string[] = ENTRIES.map((entry) => entry.id);

/** Logins are bounded by the password KDF, not by the mechanism: one per authlab API. */
export const LOGIN_CONFIGURATION_IDS: readonly string[] = ['session-memory', 'jwt-hs256-memory'];

export function buildConfigurations(context: ConfigurationContext): Configuration[] {
  const secrets = generateSecrets();
  return ENTRIES.map(({ start, ...entry }) => ({
    ...entry,
    server: start(context, secrets, entry.id),
  }));
}
