/**
 * The `es256` group's signing key, seen from the balancer: which `kid` the signer signs with now
 * (the first key of its JWKS), and the rotation the control API asks it for (its lab route
 * POST /lab/keys/rotate, apps/jwt-api/src/routes/lab-keys.ts).
 *
 * Teaches: a rotation happens on ONE instance, the signer. Nothing is sent to the verifiers: the
 * first token with the new `kid` makes each of them fetch the JWKS again, and the previous key
 * stays in it, so tokens signed before keep verifying until they expire.
 *
 * Reference: RFC 7517 §5 (JWK Set), §4.5 (kid); docs/cluster-lab.md, "Key rotation".
 */
import type { KeyRotationAnswer } from '@authlab/flows/api-types';
import { type ApiInstance, INSTANCE_HOST } from './api-instance.ts';

/** The signer is on loopback: an answer slower than this means it is stuck, not far away. */
const SIGNER_TIMEOUT_MS = 2000;

function signerUrl(signer: ApiInstance, path: string): string {
  return `http://${INSTANCE_HOST}:${signer.spec.port}${path}`;
}

/** The `kid` the signer signs with now, or null when it is not running (or not answering). */
export async function readSigningKid(signer: ApiInstance): Promise<string | null> {
  if (signer.state !== 'running') return null;
  try {
    const response = await fetch(signerUrl(signer, '/.well-known/jwks.json'), {
      signal: AbortSignal.timeout(SIGNER_TIMEOUT_MS),
    });
    const jwks = (await response.json()) as { keys?: { kid?: string }[] };
    return jwks.keys?.[0]?.kid ?? null;
  } catch {
    return null;
  }
}

/** Asks the signer to rotate; null when it is not running. */
export async function rotateSigningKey(signer: ApiInstance): Promise<KeyRotationAnswer | null> {
  if (signer.state !== 'running') return null;
  const response = await fetch(signerUrl(signer, '/lab/keys/rotate'), {
    method: 'POST',
    // The API's own CSRF defence: a custom header a cross-site page could not add.
    headers: { 'X-Requested-With': 'authlab', 'Content-Type': 'application/json' },
    body: '{}',
    signal: AbortSignal.timeout(SIGNER_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${signer.spec.id} answered ${response.status} to a rotation.`);
  return (await response.json()) as KeyRotationAnswer;
}
