/**
 * The server-side step ids: the contract between the flows, the APIs and the web app.
 *
 * Every id listed here is a step a server takes while answering a request. The APIs
 * report exactly these ids (with durations) in the `Server-Timing` response header
 * (W3C Server Timing), the web app lights the matching step up, and the flow definitions
 * in this package place them in order. Browser-side steps are defined with the flows.
 *
 * Ids shared by several routes (CSRF check, authentication) live under `<api>.csrf.*`
 * and `<api>.auth.*`; every other id belongs to the flow that introduces it.
 */

export const SESSION_SERVER_STEP_IDS = [
  'session.csrf.check-request',
  'session.auth.read-cookie',
  'session.auth.load-session',
  'session.auth.reject',
  'session.login.rate-limit',
  'session.login.verify-credentials',
  'session.login.regenerate-id',
  'session.login.store-session',
  'session.login.set-cookie',
  'session.request.authorize',
  'session.request.query-users',
  'session.request.respond',
  'session.logout.destroy-session',
  'session.logout.respond',
  'session.logout-all.respond',
  'session.revoke.authorize',
  'session.revoke.update-user',
  'session.revoke.destroy-user-sessions',
  'session.revoke.respond',
  'session.password.verify-current',
  'session.password.update-hash',
  'session.password.respond',
] as const;

export const JWT_SERVER_STEP_IDS = [
  'jwt.csrf.check-request',
  'jwt.auth.extract-token',
  'jwt.auth.verify-signature',
  'jwt.auth.check-claims',
  'jwt.auth.check-revocation',
  'jwt.auth.reject',
  'jwt.login.rate-limit',
  'jwt.login.verify-credentials',
  'jwt.login.sign-access-token',
  'jwt.login.issue-refresh-token',
  'jwt.login.respond',
  'jwt.request.authorize',
  'jwt.request.query-users',
  'jwt.request.respond',
  'jwt.refresh.read-refresh-token',
  'jwt.refresh.verify-refresh-token',
  'jwt.refresh.rotate',
  'jwt.refresh.sign-access-token',
  'jwt.refresh.respond',
  'jwt.refresh.reject',
  'jwt.logout.deny-access-token',
  'jwt.logout.revoke-family',
  'jwt.logout.respond',
  'jwt.logout-all.respond',
  'jwt.revoke.authorize',
  'jwt.revoke.update-user',
  'jwt.revoke.bump-credential-version',
  'jwt.revoke.respond',
  'jwt.password.verify-current',
  'jwt.password.update-hash',
  'jwt.password.respond',
  'jwt.jwks.respond',
] as const;

export type SessionServerStepId = (typeof SESSION_SERVER_STEP_IDS)[number];
export type JwtServerStepId = (typeof JWT_SERVER_STEP_IDS)[number];
export type ServerStepId = SessionServerStepId | JwtServerStepId;

const ALL_SERVER_STEP_IDS: ReadonlySet<string> = new Set([
  ...SESSION_SERVER_STEP_IDS,
  ...JWT_SERVER_STEP_IDS,
]);

export function isServerStepId(value: string): value is ServerStepId {
  return ALL_SERVER_STEP_IDS.has(value);
}
