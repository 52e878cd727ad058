/**
 * Helpers of the attack flows: the same server steps, answered to the attacker's site instead of
 * the browser when the attacker sent the request.
 *
 * Step ids: none of their own (they re-address the steps they are given).
 */
import type { ActorId, Step } from '../types.ts';

/** `steps` with every answer that went to the browser sent to `actor` instead. */
export function replyTo<T extends Step>(actor: ActorId, steps: readonly T[]): T[] {
  return steps.map((step) =>
    step.side === 'server' && step.to === 'browser' ? { ...step, to: actor } : step,
  );
}
