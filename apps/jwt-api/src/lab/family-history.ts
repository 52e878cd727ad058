/**
 * The rotation history of each refresh token family, for the lab view: a decorator around the
 * revocation store (its documented seam, like koa-session's store adapter) that notes every
 * start, rotation, reuse and revocation as it passes through, and changes nothing else.
 *
 * The store itself keeps only what the rules need (the current `jti`, a rotation count, why it was
 * revoked); the history is what a learner needs to SEE a theft: "token 1 → token 2 (attacker),
 * token 1 again → reused, family revoked". Kept in this process's memory, bounded (the oldest
 * family's history goes first), and mounted by app.ts only while the lab is enabled: with several
 * instances each one shows what passed through it.
 *
 * Teaches: refresh token rotation as a chain, and reuse detection as "a link of the chain came
 * back".
 *
 * Flow step ids: none (lab view; it records what jwt.refresh.rotate and
 * jwt.refresh.verify-refresh-token decide).
 * Reference: RFC 9700 §4.14.2 (refresh token rotation and reuse detection).
 */
import type { RefreshFamilyEvent } from '@authlab/flows/api-types';
import type { Clock } from '@authlab/http/clock';
import type { RevocationStore } from '../stores/revocation-store.ts';

export const FAMILY_HISTORY_MAX_FAMILIES = 200;
export const FAMILY_HISTORY_MAX_EVENTS = 20;

export interface FamilyHistory {
  /** The family's events, oldest first; empty when this instance saw none. */
  eventsOf(familyId: string): readonly RefreshFamilyEvent[];
}

export interface RecordedStore {
  readonly store: RevocationStore;
  readonly history: FamilyHistory;
}

export function recordFamilyHistory(store: RevocationStore, clock: Clock): RecordedStore {
  const events = new Map<string, RefreshFamilyEvent[]>();

  function note(familyId: string, event: Omit<RefreshFamilyEvent, 'at'>): void {
    const list = events.get(familyId) ?? [];
    // Re-inserted, so the Map's order is "least recently changed first".
    events.delete(familyId);
    events.set(
      familyId,
      [...list, { at: new Date(clock.now()).toISOString(), ...event }].slice(
        -FAMILY_HISTORY_MAX_EVENTS,
      ),
    );
    const oldest = events.keys().next().value;
    if (events.size > FAMILY_HISTORY_MAX_FAMILIES && oldest !== undefined) events.delete(oldest);
  }

  const recorded: RevocationStore = {
    ...store,
    async createFamily(family) {
      await store.createFamily(family);
      note(family.id, {
        kind: 'started',
        jti: family.currentJti,
        replaced_jti: null,
        reason: null,
      });
    },
    async rotateFamily(familyId, presentedJti, nextJti) {
      const outcome = await store.rotateFamily(familyId, presentedJti, nextJti);
      if (outcome === 'rotated') {
        note(familyId, { kind: 'rotated', jti: nextJti, replaced_jti: presentedJti, reason: null });
      } else if (outcome === 'reused') {
        note(familyId, { kind: 'reused', jti: presentedJti, replaced_jti: null, reason: null });
      }
      return outcome;
    },
    async revokeFamily(familyId, reason) {
      await store.revokeFamily(familyId, reason);
      note(familyId, { kind: 'revoked', jti: null, replaced_jti: null, reason });
    },
  };
  return { store: recorded, history: { eventsOf: (familyId) => events.get(familyId) ?? [] } };
}
