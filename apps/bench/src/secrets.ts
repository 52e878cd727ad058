/**
 * Fresh secrets for every run, as production would have them: the APIs refuse weak secrets when
 * NODE_ENV=production (RFC 7518 §3.2: an HS256 key of at least 256 bits), and the ES256 key is a
 * real P-256 key pair. Nothing is written to disk; everything dies with the run.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';

export const SECRET_BYTES = 32;

export function generateSecret(): string {
  return randomBytes(SECRET_BYTES).toString('hex');
}

/** An EC P-256 private key (PKCS#8 PEM), the key ES256 signs with (RFC 7518 §3.4). */
export function generateEs256PrivateKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
