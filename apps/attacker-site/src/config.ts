/**
 * The attacker site's configuration: where it listens and which web app it attacks.
 *
 * - `ATTACKER_PORT` 4300, `ATTACKER_HOST` 127.0.0.1: in development the web app is `http://localhost:5173`, so this
 *   site (`http://127.0.0.1:4300`) is a DIFFERENT SITE from it (RFC 6265bis: a site is the scheme
 *   and the registrable domain; ports do not count, and `127.0.0.1` and `localhost` differ): the
 *   browser applies SameSite and sends `Sec-Fetch-Site: cross-site`, as for a real attacker.
 * - `ATTACKER_TARGET_ORIGIN` http://localhost:5173: the web app, whose proxy reaches both APIs
 *   (`/api/session/*`, `/api/jwt/*`).
 * - Refused in production: this is a lab tool that attacks the local APIs.
 *
 * Prefixed names: `npm start` runs every app with one environment, and the APIs read `PORT`.
 *
 * Teaches: "same site" is decided by the host, not the port.
 *
 * Flow step ids: none (start-up configuration).
 * Reference: RFC 6265bis §5.2 ("same-site" and "cross-site" requests); W3C Fetch Metadata §2.1.
 */
import { type Env, readConfig } from '@authlab/http/config';
import { z } from 'zod';

export const DEFAULT_PORT = 4300;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_TARGET_ORIGIN = 'http://localhost:5173';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** The attacked web app's origin, e.g. `http://localhost:5173` (no trailing slash). */
  readonly targetOrigin: string;
}

export function loadConfig(env: Env): Readonly<Config> {
  const parsed = readConfig(env, {
    NODE_ENV: z
      .enum(['development', 'test', 'production'])
      .default('development')
      .refine((value) => value !== 'production', 'the attacker site is a development lab tool'),
    ATTACKER_PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
    ATTACKER_HOST: z.string().min(1).default(DEFAULT_HOST),
    ATTACKER_TARGET_ORIGIN: z
      .url({ protocol: /^https?$/ })
      .default(DEFAULT_TARGET_ORIGIN)
      .transform((url) => new URL(url).origin),
  });
  return Object.freeze({
    port: parsed.ATTACKER_PORT,
    host: parsed.ATTACKER_HOST,
    targetOrigin: parsed.ATTACKER_TARGET_ORIGIN,
  });
}
