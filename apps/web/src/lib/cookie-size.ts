/**
 * How many bytes the session cookies add to every request, for the token-size comparison
 * (document 004: JWTs have a "larger payload size").
 *
 * The lab view shows cookie values shortened, so the sizes come from how session-api builds them:
 * `authlab.sid` holds 32 random bytes in base64url (43 characters), and `authlab.sid.sig` an
 * HMAC-SHA1 signature in base64url (27 characters) — the `cookies` library's default.
 */
export const SESSION_ID_CHARACTERS = 43;
export const SESSION_SIGNATURE_CHARACTERS = 27;

/** `authlab.sid=<43>; authlab.sid.sig=<27>` as the browser sends it in the Cookie header. */
export const SESSION_COOKIE_BYTES =
  'authlab.sid='.length +
  SESSION_ID_CHARACTERS +
  '; '.length +
  'authlab.sid.sig='.length +
  SESSION_SIGNATURE_CHARACTERS;
