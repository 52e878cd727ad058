/**
 * The store never holds a usable session id: each session is filed under HMAC-SHA256(SESSION_SECRET,
 * id), and only the browser holds the id itself.
 *
 * Why: a session id is a bearer secret. Whoever reads the store — a Redis dump or backup, a SCAN
 * from a compromised neighbour, the lab view — would otherwise hold every live session as a ready
 * cookie. A one-way keyed hash of the id is just as good an index for the server, and worthless as a
 * cookie without the secret. An HMAC rather than a plain SHA-256: a store leak alone does not even
 * let an attacker test candidate ids offline (256 random bits already make that hopeless; the key
 * makes it impossible without the secret too).
 *
 * The cookie is not signed: its 256 CSPRNG bits are what make it unguessable (OWASP Session
 * Management Cheat Sheet, "Session ID Entropy"), and a signature would only add an HMAC-SHA1 and a
 * double-HMAC comparison to every request without making a well-formed id any harder to guess.
 *
 * Teaches: a store that holds only a keyed hash of each id leaks nothing usable as a cookie.
 *
 * Flow step ids: session.auth.load-session, session.login.store-session (the key each one uses).
 * Reference: OWASP Session Management Cheat Sheet, "Session ID Entropy"; OWASP Password Storage
 * Cheat Sheet (store a one-way hash of a secret, never the secret); Lucia, "Sessions" (store the
 * SHA-256 of the token, not the token); RFC 2104 (HMAC).
 */
import { createHmac, createSecretKey } from 'node:crypto';

/** The store key for a session id (base64url, 43 characters). */
export type DeriveStoreKey = (sessionId: string) => string;

export function createStoreKeyDeriver(secret: string): DeriveStoreKey {
  // A KeyObject: the secret is imported once, not re-read from a string on every request.
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  return (sessionId) => createHmac('sha256', key).update(sessionId).digest('base64url');
}
