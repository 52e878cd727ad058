/**
 * HS256 rotation done wrong, on purpose: one instance of a JWT group restarted with a secret of
 * its own (`POST /_cluster/instances/:id/secret {"own": true}`), the others keeping the group's.
 *
 * Teaches: with HS256 the one secret signs AND verifies, and nothing is published for the others
 * to learn a new one from. An instance with a new secret refuses every token the others sign (and
 * they refuse its tokens): `401 invalid_token`, the token's `kid` — the secret's thumbprint — is
 * unknown there. Rotating an HS256 secret means giving every instance the new one at once; the
 * `es256` group shows the alternative (signer-keys.ts). `{"own": false}` gives the group's secret
 * back. The restart also empties a memory instance's store, as any restart does.
 *
 * Reference: RFC 7518 §3.2 (HMAC: the same key signs and verifies); RFC 7638 (the `kid`);
 * docs/cluster-lab.md, "Key rotation with HS256".
 */
import { randomBytes } from 'node:crypto';
import type { ApiInstance } from './api-instance.ts';

/** A JWT instance of an HS256 group (not `es256`, whose instances hold no secret). */
export function usesHs256Secret(
  group: { readonly signer: ApiInstance | null },
  instance: ApiInstance,
): boolean {
  return instance.spec.api === 'jwt' && group.signer === null;
}

export function hasOwnSecret(instance: ApiInstance): boolean {
  return instance.overrides.JWT_SECRET !== undefined;
}

/** Restarts `instance` with a fresh random secret of its own, or with its group's again. */
export async function setOwnSecret(instance: ApiInstance, own: boolean): Promise<void> {
  await instance.restartWith(own ? { JWT_SECRET: randomBytes(32).toString('hex') } : {});
}
