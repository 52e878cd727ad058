/**
 * The Server-Timing step ids each flow's requests must report, concatenated, written out from
 * docs/reference/http-api.md ("Routes and the steps they report", the refusal paragraphs). The API
 * test suites compare their live traces with serverStepIds(flow); this file pins that list.
 */
export const EXPECTED_SERVER_STEP_IDS: Readonly<Record<string, readonly string[]>> = {
  'session.login': [
    'session.csrf.check-request',
    'session.login.rate-limit',
    'session.login.verify-credentials',
    'session.auth.read-cookie',
    'session.login.regenerate-id',
    'session.login.store-session',
    'session.login.set-cookie',
  ],
  'jwt.login': [
    'jwt.csrf.check-request',
    'jwt.login.rate-limit',
    'jwt.login.verify-credentials',
    'jwt.login.sign-access-token',
    'jwt.login.issue-refresh-token',
    'jwt.login.respond',
  ],
  'session.request': [
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.request.authorize',
    'session.request.query-users',
    'session.request.respond',
  ],
  'jwt.request': [
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.authorize',
    'jwt.request.query-users',
    'jwt.request.respond',
  ],
  'jwt.refresh': [
    // GET /users with an expired access token
    'jwt.auth.verify-token',
    'jwt.auth.reject',
    // POST /refresh
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.rotate',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
    // GET /users retried with the new access token
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.authorize',
    'jwt.request.query-users',
    'jwt.request.respond',
  ],
  'session.logout': [
    // POST /logout
    'session.csrf.check-request',
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.logout.destroy-session',
    'session.logout.respond',
    // GET /me replaying the old cookie
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'jwt.logout': [
    // POST /logout
    'jwt.csrf.check-request',
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.logout.deny-access-token',
    'jwt.logout.revoke-family',
    'jwt.logout.respond',
    // GET /me replaying the old access token
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.reject',
  ],
  'jwt.logout-client-only': [
    // GET /me replaying the access token the client "deleted": still accepted
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.respond',
  ],
  'session.logout-all': [
    'session.csrf.check-request',
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.revoke.destroy-user-sessions',
    'session.logout-all.respond',
    // GET /me from the other device
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'jwt.logout-all': [
    'jwt.csrf.check-request',
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.revoke.bump-credential-version',
    'jwt.logout-all.respond',
    // GET /me from the other device
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.reject',
  ],
  'session.revocation': [
    // DELETE /admin/users/43/sessions (John)
    'session.csrf.check-request',
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.revoke.authorize',
    'session.revoke.destroy-user-sessions',
    'session.revoke.respond',
    // GET /me (Jane)
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'jwt.revocation': [
    // DELETE /admin/users/43/sessions (John)
    'jwt.csrf.check-request',
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.revoke.authorize',
    'jwt.revoke.bump-credential-version',
    'jwt.revoke.respond',
    // GET /me (Jane)
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.reject',
  ],
  'session.disable-user': [
    // PATCH /admin/users/43 {disabled: true} (John)
    'session.csrf.check-request',
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.revoke.authorize',
    'session.revoke.update-user',
    'session.revoke.destroy-user-sessions',
    'session.revoke.respond',
    // GET /me (Jane)
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'jwt.disable-user': [
    // PATCH /admin/users/43 {disabled: true} (John)
    'jwt.csrf.check-request',
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.revoke.authorize',
    'jwt.revoke.update-user',
    'jwt.revoke.bump-credential-version',
    'jwt.revoke.respond',
    // GET /me (Jane)
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.reject',
  ],
  'session.password-change': [
    'session.csrf.check-request',
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.password.verify-current',
    'session.password.update-hash',
    'session.revoke.destroy-user-sessions',
    'session.password.respond',
  ],
  'jwt.password-change': [
    'jwt.csrf.check-request',
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.password.verify-current',
    'jwt.password.update-hash',
    'jwt.revoke.bump-credential-version',
    'jwt.password.respond',
  ],
  'session.expiry': [
    // GET /me at 0:20: the idle deadline slides
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.request.respond',
    // GET /me after the idle timeout
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
    // GET /me after the absolute timeout
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'jwt.attack-forged-token': [
    // GET /users with a forged token: koa-jwt refuses it
    'jwt.auth.verify-token',
    'jwt.auth.reject',
  ],
  'jwt.attack-replay-after-logout': [
    // GET /me with the logged-out access token, before exp: no revocation lookup (lab mode)
    'jwt.auth.verify-token',
    'jwt.auth.check-claims',
    'jwt.request.respond',
    // GET /me past exp
    'jwt.auth.verify-token',
    'jwt.auth.reject',
    // POST /refresh with the logged-out refresh token: no family, no rotation (lab mode)
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
  ],
  'jwt.attack-stolen-refresh-token': [
    // POST /refresh by the thief with the copied token 1: rotated to token 2
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.rotate',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
    // POST /refresh by Jane with token 1: reuse, the family is revoked
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.reject',
    // POST /refresh by the thief with token 2: the family is revoked
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.reject',
  ],
  'jwt.refresh-reuse': [
    // POST /refresh by John: token 1 rotated to token 2
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.rotate',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
    // POST /refresh by the thief with token 1: reuse, the family is revoked
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.reject',
    // POST /refresh by John with token 2: the family is revoked
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.reject',
  ],
  'jwt.expiry': [
    // POST /refresh before exp
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.rotate',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
    // POST /refresh after the family's lifetime
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.reject',
  ],
  'session.architecture-memory': [
    // POST /login on server 1
    'session.csrf.check-request',
    'session.login.rate-limit',
    'session.login.verify-credentials',
    'session.auth.read-cookie',
    'session.login.regenerate-id',
    'session.login.store-session',
    'session.login.set-cookie',
    // GET /me on server 2
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'session.architecture-redis': [
    // POST /login on server 1
    'session.csrf.check-request',
    'session.login.rate-limit',
    'session.login.verify-credentials',
    'session.auth.read-cookie',
    'session.login.regenerate-id',
    'session.login.store-session',
    'session.login.set-cookie',
    // GET /me on server 2
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.request.respond',
  ],
  'jwt.architecture': [
    // GET /.well-known/jwks.json (server 2 fetches server 1's public keys)
    'jwt.jwks.respond',
    // POST /login on server 1
    'jwt.csrf.check-request',
    'jwt.login.rate-limit',
    'jwt.login.verify-credentials',
    'jwt.login.sign-access-token',
    'jwt.login.issue-refresh-token',
    'jwt.login.respond',
    // GET /me on server 2
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.respond',
  ],
  'session.architecture-sticky': [
    // POST /login on server 1 (pinned there)
    'session.csrf.check-request',
    'session.login.rate-limit',
    'session.login.verify-credentials',
    'session.auth.read-cookie',
    'session.login.regenerate-id',
    'session.login.store-session',
    'session.login.set-cookie',
    // GET /me on server 2, once server 1 has stopped
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'session.architecture-logout': [
    // POST /logout on server 1
    'session.csrf.check-request',
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.logout.destroy-session',
    'session.logout.respond',
    // GET /me with the old cookie on server 2
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'jwt.architecture-logout-memory': [
    // POST /logout on server 1
    'jwt.csrf.check-request',
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.logout.deny-access-token',
    'jwt.logout.revoke-family',
    'jwt.logout.respond',
    // GET /me with the old token on server 2 (its own, empty denylist)
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.respond',
  ],
  'jwt.architecture-logout-redis': [
    // POST /logout on server 1
    'jwt.csrf.check-request',
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.logout.deny-access-token',
    'jwt.logout.revoke-family',
    'jwt.logout.respond',
    // GET /me with the old token on server 2 (the shared denylist has its jti)
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.reject',
  ],
  'jwt.architecture-key-rotation': [
    // GET /me on server 2, a verifier, with the token signed before the rotation (kid A)
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.respond',
    // POST /login on server 1, the signer, which now signs with kid B
    'jwt.csrf.check-request',
    'jwt.login.rate-limit',
    'jwt.login.verify-credentials',
    'jwt.login.sign-access-token',
    'jwt.login.issue-refresh-token',
    'jwt.login.respond',
    // GET /me on server 2 with the new token (kid B: the JWKS fetched again)
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.respond',
  ],
  'session.storage': [
    'session.csrf.check-request',
    'session.login.rate-limit',
    'session.login.verify-credentials',
    'session.auth.read-cookie',
    'session.login.regenerate-id',
    'session.login.store-session',
    'session.login.set-cookie',
  ],
  'jwt.storage': [
    'jwt.csrf.check-request',
    'jwt.login.rate-limit',
    'jwt.login.verify-credentials',
    'jwt.login.sign-access-token',
    'jwt.login.issue-refresh-token',
    'jwt.login.respond',
  ],
  'jwt.storage-documents': [
    'jwt.csrf.check-request',
    'jwt.login.rate-limit',
    'jwt.login.verify-credentials',
    'jwt.login.sign-access-token',
    'jwt.login.issue-refresh-token',
    'jwt.login.respond',
  ],
  'session.attack-xss': [
    // GET /me sent by the injected script, the cookie attached
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.request.respond',
  ],
  'jwt.attack-xss-documents': [
    // POST /refresh {refresh_token} from the attacker's server
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.rotate',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
  ],
  'jwt.attack-xss-memory': [
    // POST /refresh sent by the injected script, the cookie attached
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.rotate',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
    // GET /me with the minted token, from the attacker's server
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.check-claims',
    'jwt.request.respond',
  ],
  'session.attack-csrf': [
    // POST /logout-all (forged form)
    'session.csrf.check-request',
    // top-level GET /me, no cookie (SameSite=Strict)
    'session.auth.read-cookie',
    'session.auth.reject',
  ],
  'jwt.attack-csrf': [
    // POST /refresh (forged fetch)
    'jwt.csrf.check-request',
    // top-level GET /me, no bearer header
    'jwt.auth.verify-token',
    'jwt.auth.reject',
  ],
  'session.attack-fixation': [
    // POST /login (Jane, from the attacker's server)
    'session.csrf.check-request',
    'session.login.rate-limit',
    'session.login.verify-credentials',
    'session.auth.read-cookie',
    'session.login.regenerate-id',
    'session.login.store-session',
    'session.login.set-cookie',
    // POST /login (John, carrying the planted id)
    'session.csrf.check-request',
    'session.login.rate-limit',
    'session.login.verify-credentials',
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.login.regenerate-id',
    'session.login.store-session',
    'session.login.set-cookie',
    // GET /me with the planted id (the attacker's server)
    'session.auth.read-cookie',
    'session.auth.load-session',
    'session.auth.reject',
  ],
  'jwt.attack-two-tabs': [
    // tab 1: POST /refresh with token 1
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.rotate',
    'jwt.refresh.sign-access-token',
    'jwt.refresh.respond',
    // tab 2: POST /refresh with token 1 again
    'jwt.csrf.check-request',
    'jwt.refresh.read-refresh-token',
    'jwt.refresh.verify-refresh-token',
    'jwt.refresh.reject',
    // tab 1: GET /me with its new access token
    'jwt.auth.verify-token',
    'jwt.auth.check-revocation',
    'jwt.auth.reject',
  ],
};
