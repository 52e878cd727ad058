/**
 * ⚠ DELIBERATELY VULNERABLE — LAB ONLY. The `jku` download of the lab's vulnerable verifier: it
 * fetches the JWK Set the token's header points at and verifies with a key from it.
 *
 * Fenced so that the lab itself is not an SSRF tool: only URLs on the lab's attacker site
 * (`LAB_ATTACKER_ORIGIN`, always `http://127.0.0.1:<port>`, checked by config.ts) are fetched —
 * never the internet, never another local service — with no redirects, a 2 s timeout and a 64 KiB
 * cap. Any other URL is refused with `jku_outside_lab`, and the answer says a real vulnerable
 * server would have fetched it.
 *
 * Teaches: a `jku` lets the token name the key's source, so the attacker names their own; and the
 * server making requests to attacker-chosen URLs is a server-side request forgery on its own.
 *
 * Flow step ids: none (lab-only; the real API ignores jku: keys/key-set.ts).
 * Reference: RFC 8725 §2.9 ("Indirect Attacks on the Server"), §3.10 ("jku" … "blindly following
 * … could result in server-side request forgery"); RFC 7515 §4.1.2; OWASP SSRF Prevention
 * Cheat Sheet.
 */

export const JKU_FETCH_TIMEOUT_MS = 2_000;
export const JKU_MAX_BYTES = 64 * 1024;

export type JwksFetchResult =
  | { readonly ok: true; readonly jwks: unknown }
  | { readonly ok: false; readonly refusal: 'jku_outside_lab' | 'jku_unreachable' };

export type JwksFetcher = (url: string) => Promise<JwksFetchResult>;

function isOnOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export function createLabJwksFetcher(attackerOrigin: string): JwksFetcher {
  return async function fetchLabJwks(url) {
    if (!isOnOrigin(url, attackerOrigin)) return { ok: false, refusal: 'jku_outside_lab' };
    try {
      const response = await fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(JKU_FETCH_TIMEOUT_MS),
      });
      const text = await response.text();
      if (!response.ok || text.length > JKU_MAX_BYTES) {
        return { ok: false, refusal: 'jku_unreachable' };
      }
      return { ok: true, jwks: JSON.parse(text) };
    } catch {
      return { ok: false, refusal: 'jku_unreachable' };
    }
  };
}
