/**
 * The lab's request journal: the last requests this server answered, with the steps it reported
 * and the lab modes that changed them — so the web app can light the flow steps of requests it
 * did NOT send itself: a forged form posted by the attacker site, a stolen token replayed from the
 * attacker's server, the second tab's refresh. A page can read its own responses' Server-Timing;
 * nobody else's.
 *
 * What an entry holds is what the lab view may show: method, path (no query string), status, the
 * Server-Timing step ids, the lab-mode label, and the two headers the CSRF layers judge
 * (`Sec-Fetch-Site`, `Origin`) with the layer that refused it (`ctx.state.csrfRejection`, set by
 * check-csrf.ts). Never a cookie, a token or a body. Bounded (LAB_JOURNAL_MAX_ENTRIES,
 * oldest dropped); the lab's own routes and /healthz are left out, so polling does not fill it.
 *
 * DEVELOPMENT ONLY: each API mounts `recordLabRequests()` and `GET /lab/requests` only while the
 * lab is enabled.
 *
 * Teaches: the server's side of an attack, step by step, even when the browser could not see it.
 *
 * Flow step ids: none (it records the ids other code reports).
 * Reference: docs/reference/http-api.md, "Lab view"; OWASP Logging Cheat Sheet ("Data to
 * exclude").
 */
import type { LabRequestEntry } from '@authlab/flows/api-types';
import { LAB_MODE_HEADER } from '@authlab/flows/lab-modes';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { parseBody } from './validate.ts';

export const LAB_JOURNAL_MAX_ENTRIES = 100;

export interface LabJournal {
  record(entry: Omit<LabRequestEntry, 'id'>): void;
  /** Entries with an id greater than `afterId`, oldest first. */
  listAfter(afterId: number): readonly LabRequestEntry[];
}

export function createLabJournal(maxEntries = LAB_JOURNAL_MAX_ENTRIES): LabJournal {
  let entries: LabRequestEntry[] = [];
  let lastId = 0;
  return {
    record(entry) {
      lastId += 1;
      entries = [...entries, { id: lastId, ...entry }].slice(-maxEntries);
    },
    listAfter: (afterId) => entries.filter((entry) => entry.id > afterId),
  };
}

const UNJOURNALED_PATHS = /^\/(lab(\/|$)|healthz$)/;

/** Mounted outermost (before traceSteps), so it sees the final status and Server-Timing. */
export function recordLabRequests(journal: LabJournal, now: () => number): Middleware {
  return async function recordLabRequestsMiddleware(ctx, next) {
    try {
      await next();
    } finally {
      if (!UNJOURNALED_PATHS.test(ctx.path)) {
        const header = (name: string) => {
          const value: unknown = ctx.response.get(name);
          return typeof value === 'string' && value !== '' ? value : null;
        };
        journal.record({
          at: new Date(now()).toISOString(),
          method: ctx.method,
          path: ctx.path,
          status: ctx.status,
          server_timing: header('Server-Timing'),
          lab_modes: header(LAB_MODE_HEADER),
          csrf_rejection: ctx.state.csrfRejection ?? null,
          sec_fetch_site: ctx.get('Sec-Fetch-Site') || null,
          origin: ctx.get('Origin') || null,
        });
      }
    }
  };
}

const journalQuerySchema = z.object({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});

/** GET /lab/requests?after=<id>: the journal's newer entries. */
export function listLabRequestsHandler(journal: LabJournal): Middleware {
  return function listLabRequestsMiddleware(ctx) {
    const { after } = parseBody(journalQuerySchema, ctx.query);
    ctx.body = { requests: journal.listAfter(after) };
  };
}
