/**
 * The participants of every flow and the three boxes they sit in (browser side, server side,
 * stores). The web app draws one lane per actor; the diagrams draw one participant per actor.
 *
 * Teaches: where each piece of state lives decides who can read it, who can delete it, and what
 * a second server has to share (document 004, "Architecture Differences").
 */
import type { Actor, ActorGroup, ActorId } from './types.ts';

export const ACTOR_GROUP_LABELS: Readonly<Record<ActorGroup, string>> = {
  'browser-side': 'Browser side',
  'server-side': 'Server side',
  stores: 'Stores',
};

/** In display order: left to right in diagrams. */
export const ACTORS: Readonly<Record<ActorId, Actor>> = {
  browser: {
    id: 'browser',
    label: 'Browser',
    group: 'browser-side',
    description: "The page's JavaScript plus the browser's cookie jar and storage.",
  },
  'load-balancer': {
    id: 'load-balancer',
    label: 'Load balancer',
    group: 'server-side',
    description: 'Spreads requests over the API instances (round robin, no sticky sessions).',
  },
  'session-api': {
    id: 'session-api',
    label: 'session-api',
    group: 'server-side',
    description: 'The Koa API that keeps logins as server-side sessions (port 4001).',
  },
  'jwt-api': {
    id: 'jwt-api',
    label: 'jwt-api',
    group: 'server-side',
    description: 'The Koa API that issues signed access and refresh tokens (port 4002).',
  },
  'server-1': {
    id: 'server-1',
    label: 'Server 1',
    group: 'server-side',
    description: 'One instance of the API.',
  },
  'server-2': {
    id: 'server-2',
    label: 'Server 2',
    group: 'server-side',
    description: 'Another instance of the same API, with the same code and configuration.',
  },
  'session-store': {
    id: 'session-store',
    label: 'Session store',
    group: 'stores',
    description: 'Session entries by id, with their expiry (memory, or Redis with REDIS_URL).',
  },
  'revocation-store': {
    id: 'revocation-store',
    label: 'Revocation store',
    group: 'stores',
    description:
      'The access-token jti denylist and the refresh-token families (memory, or Redis with REDIS_URL).',
  },
  redis: {
    id: 'redis',
    label: 'Redis (shared)',
    group: 'stores',
    description: 'One store every API instance reaches over the network.',
  },
  'users-db': {
    id: 'users-db',
    label: 'Users DB',
    group: 'stores',
    description: 'SQLite: users, scrypt password hashes, roles, credential versions.',
  },
};

export const ACTOR_ORDER: readonly ActorId[] = Object.keys(ACTORS) as ActorId[];

export const ACTOR_GROUP_ORDER: readonly ActorGroup[] = ['browser-side', 'server-side', 'stores'];
