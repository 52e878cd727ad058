/**
 * Hand-made JWTs for the hostile suite: any header, any payload, signed with any key (or none),
 * bypassing every safety check of jsonwebtoken.sign — what an attacker would send.
 */
import { createHmac, type KeyObject, sign } from 'node:crypto';

export type ForgedSignature =
  | { kind: 'none' }
  | { kind: 'raw'; value: string }
  | { kind: 'hmac'; key: KeyObject | Buffer | string }
  | { kind: 'es256'; key: KeyObject };

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function forgeToken(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  signature: ForgedSignature,
): string {
  const signingInput = `${encode(header)}.${encode(payload)}`;
  switch (signature.kind) {
    case 'none':
      return `${signingInput}.`;
    case 'raw':
      return `${signingInput}.${signature.value}`;
    case 'hmac':
      return `${signingInput}.${createHmac('sha256', signature.key).update(signingInput).digest('base64url')}`;
    case 'es256':
      return `${signingInput}.${sign('sha256', Buffer.from(signingInput), { key: signature.key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  }
}
