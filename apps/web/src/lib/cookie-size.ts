/**
 * How many bytes the session cookie adds to every request, for the token-size comparison
 * (document 004: JWTs have a "larger payload size").
 *
 * The lab view shows cookie values shortened, so the size comes from how session-api builds it:
 * `authlab.sid` holds 32 random bytes in base64url (43 characters), and nothing else — it is not
 * signed (there is no `authlab.sid.sig`; the session store keeps only an HMAC of the id).
 */
export const SESSION_ID_CHARACTERS = 43;

/** `authlab.sid=<43>` as the browser sends it in the Cookie header. */
export const SESSION_COOKIE_BYTES = 'authlab.sid='.length + SESSION_ID_CHARACTERS;
