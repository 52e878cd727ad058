/**
 * The configurations of a run, in framework groups (configurations.ts says why each group has its
 * own floor). Peers answer the same `GET /me` contract with the libraries a reader would pick
 * instead of authlab's (src/servers/*, each docblock says how it is set up).
 */
import {
  apiServer,
  type Configuration,
  type ConfigurationContext,
  generateSecrets,
  ownServer,
  type StartServer,
} from './configurations.ts';

type Entry = Omit<Configuration, 'server' | 'usesRedis'> & {
  readonly start: StartServer;
  readonly usesRedis?: boolean;
};

const session = (secrets: { sessionSecret: string }) => ({ SESSION_SECRET: secrets.sessionSecret });
const jwt = (secrets: { jwtSecret: string }) => ({ JWT_SECRET: secrets.jwtSecret });

const ENTRIES: readonly Entry[] = [
  {
    id: 'koa-bare',
    label: 'Koa bare route (@koa/router, the floor)',
    framework: 'koa',
    role: 'floor',
    credential: 'none',
    authlab: false,
    start: ownServer('bare-server.ts'),
  },
  {
    id: 'koa-plain',
    label: 'Koa, one middleware, no router (reference)',
    framework: 'koa',
    role: 'reference',
    credential: 'none',
    authlab: false,
    start: ownServer('plain-koa-server.ts'),
  },
  {
    id: 'session-memory',
    label: 'authlab session-api, memory store',
    framework: 'koa',
    role: 'auth',
    credential: 'cookie',
    authlab: true,
    start: apiServer('session', 'memory'),
  },
  {
    id: 'session-redis',
    label: 'authlab session-api, Redis store',
    framework: 'koa',
    role: 'auth',
    credential: 'cookie',
    authlab: true,
    usesRedis: true,
    start: apiServer('session', 'redis'),
  },
  {
    id: 'jwt-hs256-memory',
    label: 'authlab jwt-api HS256, memory revocation store (trace on)',
    framework: 'koa',
    role: 'auth',
    credential: 'bearer',
    authlab: true,
    start: apiServer('jwt', 'memory'),
  },
  {
    id: 'jwt-hs256-redis',
    label: 'authlab jwt-api HS256, Redis revocation store',
    framework: 'koa',
    role: 'auth',
    credential: 'bearer',
    authlab: true,
    usesRedis: true,
    start: apiServer('jwt', 'redis'),
  },
  {
    id: 'jwt-es256-memory',
    label: 'authlab jwt-api ES256, memory revocation store',
    framework: 'koa',
    role: 'auth',
    credential: 'bearer',
    authlab: true,
    start: apiServer('jwt', 'memory', 'ES256'),
  },
  {
    id: 'jwt-es256-redis',
    label: 'authlab jwt-api ES256, Redis revocation store',
    framework: 'koa',
    role: 'auth',
    credential: 'bearer',
    authlab: true,
    usesRedis: true,
    start: apiServer('jwt', 'redis', 'ES256'),
  },
  {
    id: 'naive-jwt-hs256',
    label: 'naive: koa-jwt HS256, secret as a string',
    framework: 'koa',
    role: 'auth',
    credential: 'bearer',
    authlab: false,
    start: ownServer('naive-jwt-server.ts', jwt),
  },
  {
    id: 'express-bare',
    label: 'Express 5 bare route (the floor)',
    framework: 'express',
    role: 'floor',
    credential: 'none',
    authlab: false,
    start: ownServer('express-bare-server.ts'),
  },
  {
    id: 'express-session',
    label: 'Express 5 + express-session (MemoryStore)',
    framework: 'express',
    role: 'auth',
    credential: 'cookie',
    authlab: false,
    start: ownServer('express-session-server.ts', session),
  },
  {
    id: 'express-jsonwebtoken-string',
    label: 'Express 5 + jsonwebtoken HS256, secret as a string',
    framework: 'express',
    role: 'auth',
    credential: 'bearer',
    authlab: false,
    start: ownServer('express-jsonwebtoken-server.ts', (s) => ({
      ...jwt(s),
      JWT_KEY_FORM: 'string',
    })),
  },
  {
    id: 'express-jsonwebtoken-key-object',
    label: 'Express 5 + jsonwebtoken HS256, secret as a KeyObject',
    framework: 'express',
    role: 'auth',
    credential: 'bearer',
    authlab: false,
    start: ownServer('express-jsonwebtoken-server.ts', (s) => ({
      ...jwt(s),
      JWT_KEY_FORM: 'key-object',
    })),
  },
  {
    id: 'fastify-bare',
    label: 'Fastify 5 bare route (the floor)',
    framework: 'fastify',
    role: 'floor',
    credential: 'none',
    authlab: false,
    start: ownServer('fastify-bare-server.ts'),
  },
  {
    id: 'fastify-session',
    label: 'Fastify 5 + @fastify/session (memory store)',
    framework: 'fastify',
    role: 'auth',
    credential: 'cookie',
    authlab: false,
    start: ownServer('fastify-session-server.ts', session),
  },
  {
    id: 'fastify-jwt',
    label: 'Fastify 5 + @fastify/jwt HS256 (fast-jwt)',
    framework: 'fastify',
    role: 'auth',
    credential: 'bearer',
    authlab: false,
    start: ownServer('fastify-jwt-server.ts', jwt),
  },
  {
    id: 'hono-bare',
    label: 'Hono 4 bare route (@hono/node-server, the floor)',
    framework: 'hono',
    role: 'floor',
    credential: 'none',
    authlab: false,
    start: ownServer('hono-bare-server.ts'),
  },
  {
    id: 'hono-jwt',
    label: 'Hono 4 + hono/jwt HS256',
    framework: 'hono',
    role: 'auth',
    credential: 'bearer',
    authlab: false,
    start: ownServer('hono-jwt-server.ts', jwt),
  },
];

export const CONFIGURATION_IDS: readonly string[] = ENTRIES.map((entry) => entry.id);

/** Logins are bounded by the password KDF, not by the mechanism: one per authlab API. */
export const LOGIN_CONFIGURATION_IDS: readonly string[] = ['session-memory', 'jwt-hs256-memory'];

export function buildConfigurations(context: ConfigurationContext): Configuration[] {
  const secrets = generateSecrets();
  return ENTRIES.map(({ start, usesRedis, ...entry }) => ({
    ...entry,
    usesRedis: usesRedis ?? false,
    server: start(context, secrets, entry.id),
  }));
}
