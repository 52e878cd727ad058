/**
 * GET /loot: everything the collector received, oldest first; DELETE /loot empties it. Readable
 * from any origin, so the web app's Attacks area can show "what the attacker got" next to the
 * servers' state.
 *
 * Teaches: the attacker's side of every attack — what left the victim's browser.
 *
 * Flow step ids: jwt.attack-xss-documents.ship, jwt.attack-xss-memory.ship, session.attack-xss.ship.
 * Reference: RFC 10017 §5 ("Attack scenarios").
 */
import Router from '@koa/router';
import type { LootStore } from '../loot-store.ts';
import { allowAnyOrigin } from '../middleware/allow-any-origin.ts';

export function createLootRouter(loot: LootStore): Router {
  const router = new Router();
  router.options('/loot', allowAnyOrigin());
  router.get('/loot', allowAnyOrigin(), (ctx) => {
    ctx.body = { loot: loot.list() };
  });
  router.delete('/loot', allowAnyOrigin(), (ctx) => {
    loot.clear();
    ctx.status = 204;
  });
  return router;
}
