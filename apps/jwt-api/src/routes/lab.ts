/**
 * The development lab view: what the server holds for the JWT side, and a clock to fast-forward.
 *
 * GET /lab/state shows the denylist, the refresh families (current jti, rotations, revoked and why,
 * and their rotation history: lab/family-history.ts), the users' credential floors (tokens with a
 * lower `ver` are refused), how the store fails closed when it loses data (its epoch, or the family
 * allowlist), the active keys' PUBLIC parts (an ES256 JWK; for HS256 only its kid — the secret is
 * the whole security of the system), the cookies the browser sent (the refresh cookie is HttpOnly:
 * the page itself could never read it, only this server-side echo shows it), the instance id and
 * the row of the one user the page names (`?user_id=`, never a password hash). Lists hold at most
 * LAB_MAX_ENTRIES, with `truncated` saying whether more exist. POST /lab/clock moves this server's
 * clock so that a 15-minute access token or a 30-day family can be seen expiring now. GET
 * /lab/modes and PUT /lab/modes/:id {on} list and switch the VULNERABLE lab modes this API
 * implements, all off until switched on; `lab_modes` in the state lists those on
 * (@authlab/http/lab-modes). Key rotation has its own lab route (lab-keys.ts).
 *
 * Mounted only when LAB_ENABLED (development default); production refuses to start with it.
 *
 * Teaches: where the "stateless" API's state lives, shown without showing anything that could be
 * replayed.
 *
 * Flow step ids: none (development lab view: it shows state, it is not a flow step).
 * Reference: docs/reference/http-api.md, "Lab view"; OWASP Logging Cheat Sheet ("Data to
 * exclude") for what is never shown.
 */

import type { LabState } from '@authlab/flows/api-types';
import type { LabClock } from '@authlab/http/clock';
import { describeReceivedCookies, parseLabUserId, setLabClock, toLabUser } from '@authlab/http/lab';
import { type LabJournal, listLabRequestsHandler } from '@authlab/http/lab-journal';
import {
  type LabModes,
  listLabModesHandler,
  listModesOn,
  setLabModeHandler,
} from '@authlab/http/lab-modes';
import type { UsersRepository } from '@authlab/users/users-repository';
import Router from '@koa/router';
import type { KeySet } from '../keys/key-set.ts';
import type { FamilyHistory } from '../lab/family-history.ts';
import type { RevocationStore } from '../stores/revocation-store.ts';
import { describeRefreshCookie } from '../tokens/refresh-cookie.ts';

export const LAB_MAX_ENTRIES = 50;
/** 40 days: past the 30-day refresh family lifetime, enough for every demo. */
export const LAB_MAX_CLOCK_OFFSET_SECONDS = 3_456_000;

export interface LabRouterDeps {
  instanceId: string;
  clock: LabClock;
  /** The vulnerable lab modes (@authlab/http/lab-modes), listed and switched here. */
  labModes: LabModes;
  /** Recent requests with their steps (@authlab/http/lab-journal). */
  journal: LabJournal;
  cookieSecure: boolean;
  /** `null` on a verifier: it holds no key (its keys are the signer's JWKS). */
  keys: KeySet | null;
  users: UsersRepository;
  revocationStore: RevocationStore;
  /** Each family's rotation history, as this instance saw it (lab/family-history.ts). */
  familyHistory: FamilyHistory;
}

const toIso = (epochMs: number) => new Date(epochMs).toISOString();

export function createLabRouter(deps: LabRouterDeps): Router {
  const { instanceId, clock, labModes, journal, cookieSecure, keys, users } = deps;
  const { revocationStore, familyHistory } = deps;
  const router = new Router({ prefix: '/lab' });
  const knownCookies = [describeRefreshCookie(cookieSecure)];

  router.get('/state', async (ctx) => {
    const userId = parseLabUserId(ctx.query);
    const ok = await revocationStore.ping();
    const empty = { entries: [], truncated: false };
    const state = ok
      ? await revocationStore.describeState(LAB_MAX_ENTRIES)
      : { denylist: empty, families: empty, credentialFloors: empty, epochMs: null };
    ctx.body = {
      instance_id: instanceId,
      now: toIso(clock.now()),
      clock_offset_seconds: clock.offsetSeconds,
      lab_modes: listModesOn(labModes, 'jwt'),
      store: { kind: revocationStore.kind, ok },
      cookies_received: describeReceivedCookies(ctx, knownCookies),
      user: userId === null ? null : toLabUser(users.findUserById(userId)),
      fail_closed: {
        rule: revocationStore.failClosedRule,
        refuses_issued_before: state.epochMs === null ? null : toIso(state.epochMs),
      },
      truncated: {
        denylist: state.denylist.truncated,
        refresh_families: state.families.truncated,
        credential_floors: state.credentialFloors.truncated,
      },
      denylist: state.denylist.entries.map((entry) => ({
        jti: entry.jti,
        expires_at: toIso(entry.expiresAtMs),
      })),
      refresh_families: state.families.entries.map((family) => ({
        id: family.id,
        user_id: family.userId,
        delivery: family.delivery,
        current_jti: family.currentJti,
        rotations: family.rotations,
        revoked: family.revokedReason !== null,
        revoked_reason: family.revokedReason,
        expires_at: toIso(family.expiresAtMs),
        history: familyHistory.eventsOf(family.id),
      })),
      credential_floors: state.credentialFloors.entries.map((floor) => ({
        user_id: floor.userId,
        credential_version: floor.credentialVersion,
        expires_at: toIso(floor.expiresAtMs),
      })),
      keys: (keys?.verificationKeys ?? []).map((key) => ({
        kid: key.kid,
        alg: key.alg,
        public_jwk: key.publicJwk,
        kind: key.publicJwk === null ? 'symmetric' : 'asymmetric',
        current: key.current,
      })),
    } satisfies LabState;
  });

  router.post('/clock', setLabClock(clock, LAB_MAX_CLOCK_OFFSET_SECONDS));
  router.get('/requests', listLabRequestsHandler(journal));
  router.get('/modes', listLabModesHandler(labModes, 'jwt'));
  router.put('/modes/:id', setLabModeHandler(labModes, 'jwt'));

  return router;
}
