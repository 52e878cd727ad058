/**
 * The English catalog: every string the UI shows, by key. `{name}` marks a value filled in at run
 * time. vi.ts must have every key (a type error otherwise, and test/i18n checks it too).
 */
export const en = {
  'app.tagline': 'Session vs JWT authentication, side by side, on real servers',
  'app.skipToContent': 'Skip to the lab',
  'app.footer':
    'Everything here runs against the two local APIs. Tokens are decoded in this page and never sent anywhere else. The lab view and the server clock exist in development only.',

  'language.label': 'Language',
  'language.en': 'English',
  'language.vi': 'Tiếng Việt',

  'common.close': 'Close',
  'common.loading': 'Loading…',
  'common.yes': 'yes',
  'common.no': 'no',
  'common.recommended': 'recommended',
  'common.unsafe': 'unsafe, for comparison',

  'side.session.title': 'Session',
  'side.session.subtitle': 'session-api · the browser holds only a random id in an HttpOnly cookie',
  'side.jwt.title': 'JWT',
  'side.jwt.subtitle':
    'jwt-api · a signed access token the page sends itself, plus a refresh token',

  'health.checking': 'checking the API…',
  'health.up': 'API online ({store} store)',
  'health.degraded': 'API up, {store} store unavailable',
  'health.down': 'API not reachable',
  'health.downTitle.session': 'The session API is not answering.',
  'health.downTitle.jwt': 'The JWT API is not answering.',
  'health.degradedTitle': 'The API answers, but its store is unavailable (503).',
  'health.downBody':
    'The page reaches it through {prefix} (the web app’s proxy). Start it, then retry:',
  'health.startCommand.session': 'pnpm --filter @authlab/session-api dev',
  'health.startCommand.jwt': 'pnpm --filter @authlab/jwt-api dev',
  'health.retry': 'Check again',

  'login.legend': 'Credentials',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.demoUsers': 'Demo users (click to fill in):',
  'login.role.admin': 'admin',
  'login.role.user': 'user',
  'login.disabled': 'disabled',

  'scenario.barTitle': 'Scenarios',
  'scenario.legend': 'Scenario',
  'scenario.runBoth': 'Run on both',
  'scenario.runSession': 'Session only',
  'scenario.runJwt': 'JWT only',
  'scenario.login.label': 'Login',
  'scenario.login.description':
    'Log in with the credentials on the left. The session API stores the login and sets a cookie; the JWT API signs tokens.',
  'scenario.login.hint': 'The JWT side keeps its tokens as chosen under “Token storage”.',
  'scenario.protected-request.label': 'Protected request',
  'scenario.protected-request.description':
    'GET /users: the browser sends the cookie by itself; the page attaches the access token itself. Non-admins get 403.',
  'scenario.protected-request.hint': 'Logs in first (as setup) if this side is not logged in.',
  'scenario.token-refresh.label': 'Token refresh',
  'scenario.token-refresh.description':
    'The server clock jumps 16 minutes: the access token has expired, the interceptor refreshes once and retries. The session just slides.',
  'scenario.logout.label': 'Logout',
  'scenario.logout.description':
    'Log out, then replay a copy of the old credential, as a thief who copied it would.',
  'scenario.revocation.label': 'Revocation',
  'scenario.revocation.description':
    'John (admin) ends Jane’s logins from his own browser, and her next request is refused — or a token is replayed after logout.',
  'scenario.expiry.label': 'Expiry',
  'scenario.expiry.description':
    'The server clock moves forward instead of waiting: idle and absolute timeouts for the session, proactive refresh and the refresh family’s end for JWTs. Reset to 0 afterwards.',
  'scenario.expiry.hint':
    'Takes a few seconds: the setup keeps sessions and refresh tokens alive for days.',

  'logout.modeLegend': 'Logout mode (JWT side)',
  'logout.mode.server': 'Server logout: denylist the token, revoke the refresh family',
  'logout.mode.clientOnly': 'The documents’ client-only logout: delete the tokens, tell nobody',
  'logout.clientOnlyWarning':
    'The server learns nothing: a copied access token keeps working until it expires, and the refresh cookie stays in the jar.',

  'revocation.legend': 'Revocation',
  'revocation.variant.end-sessions': 'An admin ends Jane’s sessions',
  'revocation.variant.disable-account': 'An admin disables Jane’s account (re-enabled afterwards)',
  'revocation.variant.replay-after-logout': 'Replay a token after logout',
  'revocation.setupNote':
    'Setup: Jane logs in in this browser, John in the admin console (his own browser, its own cookies).',

  'refresh.legend': 'Requests',
  'refresh.concurrent': 'Send {count} requests at once',
  'refresh.note': 'They all fail with 401 together, and still cause exactly one POST /refresh.',

  'storageMode.legend': 'Token storage',
  'storageMode.memory': 'Access token in memory, refresh token in an HttpOnly cookie',
  'storageMode.localStorage': 'The documents’ mode: both tokens in localStorage',
  'storageMode.warning':
    'Any script on this page — an XSS, a compromised dependency — can read both tokens from localStorage and use the refresh token elsewhere for days.',

  'sequence.title': 'Steps',
  'sequence.empty': 'Run a scenario to see its steps light up here.',
  'sequence.steps': 'Steps of the flow',
  'sequence.controls': 'Step through the run',
  'sequence.first': 'First',
  'sequence.back': 'Back',
  'sequence.forward': 'Next',
  'sequence.last': 'Last',
  'sequence.autoplay': 'Auto-play',
  'sequence.pause': 'Pause',
  'sequence.position': 'Event {current} of {total}',
  'sequence.noEvents': 'No events yet',
  'sequence.documentsMode': 'documents’ mode',
  'sequence.setup': 'Setup before the flow ({count} events)',
  'sequence.setupBadge': 'setup',
  'sequence.extras': 'Also happened, outside this flow’s steps ({count})',
  'sequence.exchanges': 'HTTP requests of this run ({count})',
  'sequence.clockMoved': 'Server clock set to {offset} (lab only)',

  'lane.browser': 'Browser',
  'lane.api': 'API',
  'lane.store': 'Store / DB',

  'step.state.ok': 'done',
  'step.state.failed': 'refused',
  'step.state.pending': 'not yet',
  'step.state.skipped': 'not reached',
  'step.side.browser': 'page',
  'step.side.server': 'server',
  'step.side.store': 'store',
  'step.side.attacker': 'attacker',

  'eventNote.httponly-replay':
    'This page cannot replay the old cookie: HttpOnly hides it from JavaScript, and logout made the browser drop it, so no cookie goes out (desc="absent"). A thief’s copy would reach the store and find nothing there (desc="missing").',
  'eventNote.refresh-token-in-body':
    'Documents’ mode: the page read the refresh token from localStorage and sent it in the JSON body ({refresh_token}); no cookie was involved.',

  'stepDialog.id': 'Step id',
  'stepDialog.state': 'What happened',
  'stepDialog.why': 'Why',
  'stepDialog.correction': 'Correction of the documents',
  'stepDialog.effects': 'State it touches',
  'stepDialog.noExchange': 'This step did not send or answer a request.',

  'effect.gains': 'gains',
  'effect.changes': 'changes',
  'effect.loses': 'loses',
  'effect.reads': 'is read:',

  'storage.server-store': 'Session store',
  'storage.cookie-jar': 'Cookie jar',
  'storage.local-storage': 'localStorage',
  'storage.memory': 'Page memory',
  'storage.header': 'HTTP header',
  'storage.users-db': 'Users DB',
  'storage.revocation-store': 'Revocation store',

  'exchange.request': 'Request',
  'exchange.response': 'Response',
  'exchange.requestHeaders': 'Request headers',
  'exchange.responseHeaders': 'Response headers',
  'exchange.requestBody': 'Request body',
  'exchange.responseBody': 'Response body',
  'exchange.addedByBrowser': 'added by the browser',
  'exchange.cookieSentByBrowser':
    'sent by the browser; the page cannot read it (values as the lab view saw them)',
  'exchange.hiddenValue': '<hidden>',
  'exchange.setCookieHidden':
    'Set-Cookie is hidden from JavaScript by the browser; reconstructed from the lab view',
  'exchange.noSetCookieSeen':
    'Set-Cookie: none seen. The browser hides Set-Cookie from JavaScript; the lab view shows no change in the cookie jar.',
  'exchange.noAnswer': 'no answer',
  'exchange.trace': 'Server-Timing: the steps the server reported',
  'exchange.traceStep': 'step',
  'exchange.traceDuration': 'duration',
  'exchange.traceOutcome': 'desc',

  'run.running': 'Running…',
  'run.error.refresh_refused': 'The refresh was refused: the login is over, log in again.',
  'run.error.api_unreachable': 'The API did not answer. Is it running?',
  'run.error.setup_failed':
    'The setup this flow needs did not work (a login was refused?). See the requests below.',
  'run.error.unexpected':
    'Something unexpected went wrong; the requests below show how far it got.',

  'state.title': 'Where state lives',
  'state.browserSide': 'In the browser',
  'state.serverSide': 'On the server',
  'state.cookieJar': 'Cookie jar',
  'state.empty': 'empty',
  'state.cookieValueHidden': '<hidden>',
  'state.pageCannotRead': 'HttpOnly: the page cannot read this',
  'state.cookieFromLabView': 'As the API’s lab view saw it in the Cookie header.',
  'state.cookieInferred':
    'Not visible anywhere to the page: sent only to its Path. Shown as the last login or refresh left it.',
  'state.adminConsole': 'admin console',
  'state.localStorageReadable': 'Readable by every script on this page, and kept after a reload.',
  'state.memory': 'In-memory variables',
  'state.nothingInMemory': 'nothing',
  'state.memoryNote': 'Gone on reload or in a new tab.',
  'state.authorizationHeader': 'Authorization header in flight',
  'state.noAuthorization': 'none on the last request',
  'state.serverClock': 'Server time',
  'state.storeKind': '{kind} store',
  'state.labModes': 'vulnerable lab modes on: {modes}',
  'state.sessionStore': 'Session store ({count})',
  'state.noSessions': 'no sessions',
  'state.sessionId': 'id',
  'state.lastSeen': 'last seen',
  'state.idleExpires': 'idle deadline',
  'state.absoluteExpires': 'absolute deadline',
  'state.sessionState': 'Session state',
  'state.noSessionState':
    'None: the JWT API keeps no session. What it does keep is the revocation state below.',
  'state.denylist': 'Revocation list: denylisted jtis ({count})',
  'state.refreshFamilies': 'Refresh-token families ({count})',
  'state.credentialFloors': 'Credential floors ({count})',
  'state.floorVersion': 'refuses ver below',
  'state.floorsNote':
    'Raised by logout-all, a password change or disabling a user: every access token of that user with a lower ver is refused, checked in the same store lookup as the denylist. Kept for one access-token lifetime: by then every older token has expired anyway.',
  'state.failClosed.store-epoch':
    'Fails closed on data loss: this memory store refuses every token issued before {since} (its start, or the moment its size bound forced it to forget a live entry). A restart logs everyone out; it never brings a logged-out token back.',
  'state.failClosed.family-record':
    'Fails closed on data loss: a token is accepted only while its refresh family is on record in Redis. If Redis restarts empty or is flushed, every token is refused and everyone logs in again, as with lost sessions.',
  'state.listTruncated': 'showing the first {count}; the store holds more',
  'state.family': 'family',
  'state.currentJti': 'current jti',
  'state.familyHistory': 'rotation history',
  'state.rotations': 'rotations',
  'state.familyStatus': 'status',
  'state.revoked': 'revoked',
  'state.live': 'live',
  'state.until': 'until',
  'state.moreEntries': 'Show {count} more (other logins, other tabs)',
  'state.thisBrowsersSession': "this browser's session",
  'state.adminConsolesSession': "the admin console's session",
  'state.thisLoginsFamily': "this page's login",
  'state.delivery': 'delivered in',
  'state.signingKeys': 'Signing keys ({count})',
  'state.keyKind.symmetric': 'shared secret (HMAC): whoever can verify can also sign',
  'state.keyKind.asymmetric': 'key pair: the public half verifies, only the API signs',
  'state.keyCurrent': 'signs new tokens',
  'state.keysNote':
    'Every API instance needs these to verify tokens: the one thing a stateless JWT API must share.',
  'state.usersRow': 'Users table row',
  'state.noUser': 'nobody logged in',
  'state.labUnavailable': 'The lab view is not available (API down, or not in development mode).',

  'token.title': 'Token anatomy',
  'token.accessToken': 'Access token',
  'token.refreshTokenReadable': 'Refresh token (readable from localStorage!)',
  'token.none': 'No access token in the page right now. Log in on the JWT side.',
  'token.size': 'Size: {token} bytes on every request — the session cookies take {cookie} bytes.',
  'token.header': 'Header',
  'token.payload': 'Payload',
  'token.signature': 'Signature',
  'token.headerExplained': 'which algorithm signed it, and what kind of token it is',
  'token.payloadExplained':
    'the claims: who, for whom, until when — readable by anyone who holds it',
  'token.signatureExplained':
    '{bytes} bytes over header.payload, made with the server’s key; the page cannot check it (it has no key)',
  'token.claim': 'claim',
  'token.value': 'value',
  'token.meaning': 'meaning',
  'token.rawJson': 'Raw JSON',
  'token.expiresIn': 'expires in {time} (server time)',
  'token.expiredAgo': 'expired {time} ago (server time)',
  'token.notVerified':
    'Decoded here, in this page; not verified, and not sent anywhere. Decoding needs no key: never put secrets in a JWT.',
  'token.pasteTitle': 'Decode another token',
  'token.pasteLabel': 'Paste a JWT (decoded in this page only)',
  'token.error.empty': 'The token is empty.',
  'token.error.not_three_segments': 'Not a JWT: a JWS has three dot-separated parts.',
  'token.error.not_base64url': 'This part is not base64url.',
  'token.error.not_utf8': 'This part does not decode to UTF-8 text.',
  'token.error.not_json': 'This part is not JSON.',
  'token.error.not_object': 'This part is JSON, but not an object.',

  'claim.alg':
    'Signing algorithm. The server pins it; it never trusts the token’s own choice (RFC 8725 §3.1).',
  'claim.typ': 'Token type: at+jwt is an access token (RFC 9068), rt+jwt a refresh token.',
  'claim.kid': 'Key id: which of the server’s keys signed it (key rotation, JWKS).',
  'claim.iss': 'Issuer: who made the token. Checked on every request.',
  'claim.aud':
    'Audience: who it is for. An access token is refused where a refresh token is expected, and the other way round.',
  'claim.sub': 'Subject: the user id (the documents’ user_id).',
  'claim.iat': 'Issued at (seconds since 1970).',
  'claim.exp': 'Expires at: after this, every server refuses it, whoever holds it.',
  'claim.nbf': 'Not before: refused until then.',
  'claim.jti': 'Token id: what logout puts on the denylist.',
  'claim.name': 'The user’s name (the documents’ user_name). Readable by anyone: no secrets here.',
  'claim.role': 'Role, for authorization checks; still checked on the server for every request.',
  'claim.ver':
    'Credential version: raised on password change or revocation, which refuses every older token at once.',
  'claim.fid':
    'Refresh-token family: the chain of refresh tokens of this login, revoked at logout.',
  'claim.unknown': 'Not a claim authlab issues.',

  'presenter.open': 'Presenter mode',
  'presenter.title': 'Presenter mode',
  'presenter.side': 'Which side to present',
  'presenter.keys': '→ / PageDown next · ← / PageUp back · Esc exit',
  'presenter.exit': 'Exit',
  'presenter.noStep': 'Step forward to start.',
} as const;

export type MessageKey = keyof typeof en;
