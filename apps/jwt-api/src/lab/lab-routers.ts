/**
 * The lab's routes, mounted by app.ts only while LAB_ENABLED (development; production refuses to
 * start with it): the lab view (routes/lab.ts), the signing-key rotation (routes/lab-keys.ts) and,
 * on an instance that holds keys, the deliberately vulnerable verifier the forgery lab attacks
 * (routes/vulnerable-verifier.ts).
 *
 * Teaches: the lab is a separate set of routes beside the API, never a branch inside it — the
 * API's own routes read the same with the lab on or off.
 *
 * Flow step ids: none (development lab view).
 * Reference: docs/reference/http-api.md, "Lab view"; docs/attacks-tokens.md.
 */
import type Router from '@koa/router';
import { createLabRouter, type LabRouterDeps } from '../routes/lab.ts';
import { createLabKeysRouter } from '../routes/lab-keys.ts';
import { createVulnerableVerifierRouter } from '../routes/vulnerable-verifier.ts';

export interface LabRoutersDeps extends LabRouterDeps {
  accessTokenTtlSeconds: number;
  /** The lab's attacker site: the only origin the vulnerable verifier fetches a `jku` from. */
  attackerOrigin: string;
}

export function createLabRouters(deps: LabRoutersDeps): Router[] {
  const { keys, clock, accessTokenTtlSeconds, attackerOrigin } = deps;
  return [
    createLabRouter(deps),
    createLabKeysRouter({ keys }),
    // ⚠ Deliberately vulnerable: the forgery lab's target. It forges against this instance's own
    // keys, so a verifier (no keys) does not mount it.
    ...(keys === null
      ? []
      : [createVulnerableVerifierRouter({ keys, clock, accessTokenTtlSeconds, attackerOrigin })]),
  ];
}
