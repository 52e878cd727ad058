/**
 * The floor of the Express peers: Express 5 answering `GET /me` with the demo user's JSON and
 * nothing else. express-session and jsonwebtoken are measured over this route, so their rows show
 * what authentication adds to Express, not what Express costs (see express-session-server.ts).
 */
import express from 'express';
import { DEMO_USER_BODY } from './demo-user.ts';
import { listenFromEnv } from './listen-from-env.ts';

const app = express();
app.get('/me', (_request, response) => {
  response.json(DEMO_USER_BODY);
});
app.get('/healthz', (_request, response) => {
  response.json({ status: 'ok' });
});

listenFromEnv(app, 'express-bare');
