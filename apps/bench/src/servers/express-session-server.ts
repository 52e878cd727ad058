/**
 * Peer: Express 5 + express-session as its README shows it (MemoryStore, a signed
 * `connect.sid` cookie, `req.session.regenerate()` at login). `GET /me` answers from the session.
 * express-session warns that MemoryStore is not meant for production; it is the default every
 * tutorial starts from, and the memory row of session-api is compared with it.
 *
 * Reference: OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege Level
 * Change".
 */
import express from 'express';
import session from 'express-session';
import { listenFromEnv } from './listen-from-env.ts';
import { checkDemoLogin, type PeerUser, readSecretFromEnv } from './peer-contract.ts';

declare module 'express-session' {
  interface SessionData {
    user: PeerUser;
  }
}

const app = express();
app.use(express.json());
app.use(
  session({
    secret: readSecretFromEnv('SESSION_SECRET'),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax' },
  }),
);
app.post('/login', (request, response, next) => {
  const user = checkDemoLogin(request.body);
  if (user === null) {
    response.status(401).json({ error: 'invalid_credentials' });
    return;
  }
  request.session.regenerate((error) => {
    if (error) return next(error);
    request.session.user = user;
    response.json({ success: true, user });
  });
});
app.get('/me', (request, response) => {
  const user = request.session.user;
  if (user === undefined) response.status(401).json({ error: 'unauthenticated' });
  else response.json({ user });
});
app.get('/healthz', (_request, response) => {
  response.json({ status: 'ok' });
});

listenFromEnv(app, 'express-session');
