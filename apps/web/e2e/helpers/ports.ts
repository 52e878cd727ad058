/** Where the end-to-end stack listens (fixed, so the APIs' ALLOWED_ORIGINS can name the page). */
export const SESSION_API_PORT = 4101;
export const JWT_API_PORT = 4102;
export const WEB_PORT = 5174;
export const HOST = '127.0.0.1';
export const WEB_ORIGIN = `http://${HOST}:${WEB_PORT}`;
/**
 * The attacker site (apps/attacker-site) listens on HOST too, but the browser reaches it as
 * `localhost`: a different SITE from the web app's `127.0.0.1` (ports do not make a site), so
 * SameSite and Sec-Fetch-Site apply as they would to a real attacker.
 */
export const ATTACKER_PORT = 4301;
export const ATTACKER_ORIGIN = `http://localhost:${ATTACKER_PORT}`;
