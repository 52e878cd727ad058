/**
 * The ledger's HTTP client for one running API: logging in as a demo user, calling a route with
 * that user's credential (the session cookies, or `Authorization: Bearer`), and moving the
 * server's lab clock. Plain `fetch`, the CSRF custom header on every request, cookies kept by hand
 * (this is a server-side client, not a browser: it replays what it was given, as a thief would).
 *
 * Reference: docs/reference/http-api.md ("Lab view"); RFC 6750 §2.1; RFC 6265 §5.4.
 */
import { cookieHeaderFor, LOGIN_HEADERS } from '../log-in.ts';

export type Side = 'session' | 'jwt';

export interface Login {
  /** What a client sends back: `Cookie` (session) or `Authorization` (jwt). */
  readonly headers: Readonly<Record<string, string>>;
  /** jwt-api, body mode: the refresh token. */
  readonly refreshToken: string | null;
}

export interface LedgerClient {
  logIn(email: string, password: string): Promise<Login>;
  call(method: string, path: string, login: Login | null, body?: unknown): Promise<Response>;
  setClock(offsetSeconds: number): Promise<void>;
}

export function createLedgerClient(baseUrl: string, side: Side): LedgerClient {
  async function call(method: string, path: string, login: Login | null, body?: unknown) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...LOGIN_HEADERS, ...(login?.headers ?? {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return response;
  }
  async function expectOk(response: Response, what: string): Promise<Response> {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return response;
  }
  return {
    async logIn(email, password) {
      const body = { email, password, ...(side === 'jwt' ? { refresh_delivery: 'body' } : {}) };
      const response = await expectOk(await call('POST', '/login', null, body), 'login');
      if (side === 'session') {
        const cookie = cookieHeaderFor(response.headers.getSetCookie(), '/me');
        return { headers: { cookie }, refreshToken: null };
      }
      const answer = (await response.json()) as { access_token: string; refresh_token: string };
      return {
        headers: { authorization: `Bearer ${answer.access_token}` },
        refreshToken: answer.refresh_token,
      };
    },
    call,
    async setClock(offsetSeconds) {
      const response = await call('POST', '/lab/clock', null, { offset_seconds: offsetSeconds });
      await expectOk(response, 'lab clock');
      await response.arrayBuffer();
    },
  };
}
