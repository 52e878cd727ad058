/**
 * The peers: the libraries a reader would pick instead of authlab's, each answering the same
 * `GET /me` contract (src/servers/peer-contract.ts) over its own framework's floor. Each server's
 * docblock says how the library is set up (as its README shows it).
 */
import { type ConfigurationEntry, ownEntry, ownServer, type Secrets } from './configurations.ts';

const session = (secrets: Secrets) => ({ SESSION_SECRET: secrets.sessionSecret });
const jwt = (secrets: Secrets) => ({ JWT_SECRET: secrets.jwtSecret });
const jwtKeyAs = (form: string) => (secrets: Secrets) => ({ ...jwt(secrets), JWT_KEY_FORM: form });

export const PEER_ENTRIES: readonly ConfigurationEntry[] = [
  ownEntry(
    'express',
    'floor',
    'none',
    'express-bare',
    'Express 5 bare route (the floor)',
    ownServer('express-bare-server.ts'),
  ),
  ownEntry(
    'express',
    'auth',
    'cookie',
    'express-session',
    'Express 5 + express-session (MemoryStore)',
    ownServer('express-session-server.ts', session),
  ),
  ownEntry(
    'express',
    'auth',
    'bearer',
    'express-jsonwebtoken-string',
    'Express 5 + jsonwebtoken HS256, secret as a string',
    ownServer('express-jsonwebtoken-server.ts', jwtKeyAs('string')),
  ),
  ownEntry(
    'express',
    'auth',
    'bearer',
    'express-jsonwebtoken-key-object',
    'Express 5 + jsonwebtoken HS256, secret as a KeyObject',
    ownServer('express-jsonwebtoken-server.ts', jwtKeyAs('key-object')),
  ),
  ownEntry(
    'fastify',
    'floor',
    'none',
    'fastify-bare',
    'Fastify 5 bare route (the floor)',
    ownServer('fastify-bare-server.ts'),
  ),
  ownEntry(
    'fastify',
    'auth',
    'cookie',
    'fastify-session',
    'Fastify 5 + @fastify/session (memory store)',
    ownServer('fastify-session-server.ts', session),
  ),
  ownEntry(
    'fastify',
    'auth',
    'bearer',
    'fastify-jwt',
    'Fastify 5 + @fastify/jwt HS256 (fast-jwt)',
    ownServer('fastify-jwt-server.ts', jwt),
  ),
  ownEntry(
    'hono',
    'floor',
    'none',
    'hono-bare',
    'Hono 4 bare route (@hono/node-server, the floor)',
    ownServer('hono-bare-server.ts'),
  ),
  ownEntry(
    'hono',
    'auth',
    'bearer',
    'hono-jwt',
    'Hono 4 + hono/jwt HS256',
    ownServer('hono-jwt-server.ts', jwt),
  ),
];
