import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSessionId } from '../../src/session/session-cookie.ts';
import { createStoreKeyDeriver } from '../../src/session/session-key.ts';

describe('createStoreKeyDeriver', () => {
  const secret = randomBytes(32).toString('hex');
  const deriveStoreKey = createStoreKeyDeriver(secret);

  it('files a session under HMAC-SHA256(secret, id), never under the id itself', () => {
    const id = generateSessionId();

    const key = deriveStoreKey(id);

    expect(key).not.toBe(id);
    expect(key).toBe(createHmac('sha256', secret).update(id).digest('base64url'));
  });

  it('gives the same id the same key on every call (and every instance with the secret)', () => {
    const id = generateSessionId();
    expect(createStoreKeyDeriver(secret)(id)).toBe(deriveStoreKey(id));
  });

  it('gives another key under another secret: a leaked store is useless without it', () => {
    const id = generateSessionId();
    const other = createStoreKeyDeriver(randomBytes(32).toString('hex'));
    expect(other(id)).not.toBe(deriveStoreKey(id));
  });
});
