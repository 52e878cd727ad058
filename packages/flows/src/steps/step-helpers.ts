/**
 * Small helpers the flow files share: where a step runs (which API instance, which store), and
 * how a run of steps is framed as one phase of a flow.
 *
 * Teaches nothing by itself; it keeps every flow file down to the steps that make it different.
 */
import type { Localized } from '../localized.ts';
import type { ActorId, Step } from '../types.ts';

/** Which actors play the API, its own store and the users database in a flow. */
export interface Place {
  readonly api: ActorId;
  readonly store: ActorId;
  readonly db: ActorId;
}

export const SESSION_PLACE: Place = {
  api: 'session-api',
  store: 'session-store',
  db: 'users-db',
};

export const JWT_PLACE: Place = {
  api: 'jwt-api',
  store: 'revocation-store',
  db: 'users-db',
};

/** Frames consecutive steps as one phase (drawn as a labelled block in the diagram). */
export function putInPhase<T extends Step>(phase: Localized, steps: readonly T[]): T[] {
  return steps.map((step) => ({ ...step, phase }));
}

/**
 * Behind a load balancer the first server step of a request is drawn from the balancer to the
 * instance it picked, so the diagram shows which server answered.
 */
export function forwardFrom<T extends Step>(entry: ActorId, steps: readonly T[]): T[] {
  return steps.map((step, index) =>
    index === 0
      ? {
          ...step,
          from: entry,
          message: {
            en: `forwarded · ${step.message.en}`,
            vi: `chuyển tiếp · ${step.message.vi}`,
          },
        }
      : step,
  );
}

/** Replaces fields of the step with the given id, where a flow differs from the shared steps. */
export function adjustStep<T extends Step>(
  steps: readonly T[],
  id: string,
  patch: Partial<Pick<Step, 'message' | 'explanation' | 'effects' | 'correction'>>,
): T[] {
  return steps.map((step) => (step.id === id ? { ...step, ...patch } : step));
}

/**
 * The header that deletes a cookie, as the APIs really send it: Koa's `cookies` writes an empty
 * value with an expiry date in 1970 (no Max-Age), with the attributes the cookie was set with.
 */
export function describeExpiredCookie(name: 'authlab.sid' | 'authlab.rt'): string {
  const path = name === 'authlab.rt' ? '/refresh' : '/';
  return `Set-Cookie: ${name}=; Path=${path}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict`;
}
