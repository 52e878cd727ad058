/**
 * The participants of every flow and the three boxes they sit in (browser side, server side,
 * stores). The web app draws one lane per actor; the diagrams draw one participant per actor.
 *
 * Teaches: where each piece of state lives decides who can read it, who can delete it, and what
 * a second server has to share (document 004, "Architecture Differences").
 */
import { keepVerbatim, type Localized } from './localized.ts';
import type { Actor, ActorGroup, ActorId } from './types.ts';

export const ACTOR_GROUP_LABELS: Readonly<Record<ActorGroup, Localized>> = {
  attacker: { en: 'Attacker (another site)', vi: 'Kẻ tấn công (site khác)' },
  'browser-side': { en: 'Browser side', vi: 'Phía trình duyệt' },
  'server-side': { en: 'Server side', vi: 'Phía server' },
  stores: { en: 'Stores', vi: 'Nơi lưu trữ' },
};

/** In display order: left to right in diagrams. */
export const ACTORS: Readonly<Record<ActorId, Actor>> = {
  'attacker-site': {
    id: 'attacker-site',
    label: { en: 'attacker site', vi: 'site kẻ tấn công' },
    group: 'attacker',
    description: {
      en: "The attacker's pages and server (127.0.0.1:4300 in development): a different site from the web app.",
      vi: 'Các trang và server của kẻ tấn công (127.0.0.1:4300 khi phát triển): một site khác với web app.',
    },
  },
  browser: {
    id: 'browser',
    label: { en: 'Browser', vi: 'Trình duyệt' },
    group: 'browser-side',
    description: {
      en: "The page's JavaScript plus the browser's cookie jar and storage.",
      vi: 'JavaScript của trang, cùng cookie jar và các kho lưu trữ của trình duyệt.',
    },
  },
  'load-balancer': {
    id: 'load-balancer',
    label: keepVerbatim('Load balancer'),
    group: 'server-side',
    description: {
      en: 'Spreads requests over the API instances (round robin, no sticky sessions).',
      vi: 'Chia request cho các instance của API (round robin, không dùng sticky session).',
    },
  },
  'session-api': {
    id: 'session-api',
    label: keepVerbatim('session-api'),
    group: 'server-side',
    description: {
      en: 'The Koa API that keeps logins as server-side sessions (port 4001).',
      vi: 'API viết bằng Koa, lưu đăng nhập dưới dạng session phía server (cổng 4001).',
    },
  },
  'jwt-api': {
    id: 'jwt-api',
    label: keepVerbatim('jwt-api'),
    group: 'server-side',
    description: {
      en: 'The Koa API that issues signed access and refresh tokens (port 4002).',
      vi: 'API viết bằng Koa, cấp access token và refresh token có chữ ký (cổng 4002).',
    },
  },
  'server-1': {
    id: 'server-1',
    label: keepVerbatim('Server 1'),
    group: 'server-side',
    description: { en: 'One instance of the API.', vi: 'Một instance của API.' },
  },
  'server-2': {
    id: 'server-2',
    label: keepVerbatim('Server 2'),
    group: 'server-side',
    description: {
      en: 'Another instance of the same API, with the same code and configuration.',
      vi: 'Một instance khác của cùng API đó, cùng code và cùng cấu hình.',
    },
  },
  'session-store': {
    id: 'session-store',
    label: keepVerbatim('Session store'),
    group: 'stores',
    description: {
      en: 'Session entries by id, with their expiry (memory, or Redis with REDIS_URL).',
      vi: 'Các session theo id, kèm hạn của chúng (trong bộ nhớ, hoặc Redis nếu có REDIS_URL).',
    },
  },
  'revocation-store': {
    id: 'revocation-store',
    label: keepVerbatim('Revocation store'),
    group: 'stores',
    description: {
      en: 'The access-token jti denylist and the refresh-token families (memory, or Redis with REDIS_URL).',
      vi: 'Denylist các jti của access token và các refresh token family (trong bộ nhớ, hoặc Redis nếu có REDIS_URL).',
    },
  },
  redis: {
    id: 'redis',
    label: { en: 'Redis (shared)', vi: 'Redis (dùng chung)' },
    group: 'stores',
    description: {
      en: 'One store every API instance reaches over the network.',
      vi: 'Một store duy nhất mà mọi instance của API truy cập qua mạng.',
    },
  },
  'users-db': {
    id: 'users-db',
    label: keepVerbatim('Users DB'),
    group: 'stores',
    description: {
      en: 'SQLite: users, scrypt password hashes, roles, credential versions.',
      vi: 'SQLite: user, hash mật khẩu scrypt, role, credential version.',
    },
  },
};

export const ACTOR_ORDER: readonly ActorId[] = Object.keys(ACTORS) as ActorId[];

export const ACTOR_GROUP_ORDER: readonly ActorGroup[] = [
  'attacker',
  'browser-side',
  'server-side',
  'stores',
];
