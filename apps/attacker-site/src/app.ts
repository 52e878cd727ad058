/**
 * The attacker site as a Koa application: `createApp(deps)` mounts the attack pages and the
 * collector; server.ts listens. Every page and endpoint is one file, added to the lists below.
 *
 * Pages (`src/pages/`): what the victim's browser loads from this other site.
 * Endpoints (`src/endpoints/`): the attacker's server — the collector that injected scripts
 * report to (POST /collect, GET /loot), the replay of stolen credentials (POST /replay), the
 * session id it plants for a fixation (POST /fixation/session), the script an XSS runs
 * (GET /xss/payload.js), and the attacker's JWK Set for the `jku` forgery
 * (/.well-known/jwks.json).
 *
 * Teaches: an attacker needs nothing but an ordinary web server on another site.
 *
 * Flow step ids: none (the attacker's side; see the attack flows in @authlab/flows).
 * Reference: docs/attacks.md.
 */
import Router from '@koa/router';
import Koa from 'koa';
import type { Config } from './config.ts';
import { createCollectRouter } from './endpoints/collect.ts';
import { createFixationSessionRouter } from './endpoints/fixation-session.ts';
import { createJwksRouter } from './endpoints/jwks.ts';
import { createLootRouter } from './endpoints/loot.ts';
import { createReplayRouter } from './endpoints/replay.ts';
import { createXssPayloadRouter } from './endpoints/xss-payload.ts';
import type { LootStore } from './loot-store.ts';
import { CSRF_PAGE, createCsrfPageRouter } from './pages/csrf.ts';
import { createIndexRouter, type PageLink } from './pages/index.ts';

export interface AppDeps {
  config: Readonly<Config>;
  loot: LootStore;
}

/** The attack pages, in the order the home page lists them. */
export const ATTACK_PAGES: readonly PageLink[] = [CSRF_PAGE];

export function createApp(deps: AppDeps): Koa {
  const { config, loot } = deps;
  const app = new Koa();
  const routers = [
    createIndexRouter(ATTACK_PAGES),
    createCsrfPageRouter(config.targetOrigin),
    createCollectRouter(loot),
    createLootRouter(loot),
    createReplayRouter(config.targetOrigin, loot),
    createFixationSessionRouter(config.targetOrigin, loot),
    createXssPayloadRouter(),
    createJwksRouter(),
  ];
  const site = new Router();
  for (const router of routers) site.use(router.routes());
  app.use(site.routes()).use(site.allowedMethods());
  return app;
}
