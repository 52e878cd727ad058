/**
 * Where signing keys come from: validating the PEMs given in production, and generating an ES256
 * key pair for development so that `JWT_ALGORITHM=ES256 pnpm dev` works with no setup.
 *
 * Teaches: an asymmetric key pair splits "may sign" (the private key, this API only) from "may
 * verify" (the public key, published at /.well-known/jwks.json for any other service). Only a
 * P-256 key is accepted for ES256: RFC 7518 §3.4 ties the algorithm to that curve.
 *
 * Flow step ids: none (start-up: reading or generating the keys).
 * Reference: RFC 7518 §3.4 (ES256 = ECDSA P-256 + SHA-256); RFC 8725 §3.1 (keys are bound to one
 * algorithm); OWASP Secrets Management Cheat Sheet (development keys stay out of version control).
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const JWT_ALGORITHMS = ['HS256', 'ES256'] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

export const DEV_PRIVATE_KEY_FILE_NAME = 'dev-es256-private-key.pem';

function isP256(key: KeyObject): boolean {
  return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
}

export function isEs256PrivateKeyPem(pem: string): boolean {
  try {
    return isP256(createPrivateKey(pem));
  } catch {
    return false;
  }
}

export function isEs256PublicKeyPem(pem: string): boolean {
  try {
    const key = createPublicKey(pem);
    return key.type === 'public' && isP256(key);
  } catch {
    return false;
  }
}

/** A new P-256 private key as PKCS#8 PEM: a development key file, or a lab key rotation. */
export function generateEs256PrivateKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

/**
 * DEVELOPMENT ONLY: the ES256 private key in `<dataDir>/dev-es256-private-key.pem` (mode 0600),
 * generated on first use. Production passes JWT_PRIVATE_KEY (config.ts requires it).
 */
export function loadDevPrivateKey(dataDir: string): string {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to generate a development signing key with NODE_ENV=production.');
  }
  const filePath = join(dataDir, DEV_PRIVATE_KEY_FILE_NAME);
  try {
    return readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pem = generateEs256PrivateKeyPem();
  const temporaryPath = `${filePath}.${process.pid}.tmp`;
  writeFileSync(temporaryPath, pem, { mode: 0o600 });
  // Atomic: two instances starting together each read one whole key, never half of one.
  renameSync(temporaryPath, filePath);
  return readFileSync(filePath, 'utf8');
}
