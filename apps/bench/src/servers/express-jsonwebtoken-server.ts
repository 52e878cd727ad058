/**
 * Peer: Express 5 + jsonwebtoken, the pair most tutorials use, with the HS256 secret handed to
 * `verify` either as the string from the environment (`JWT_KEY_FORM=string`, the tutorials' way)
 * or as a `crypto.KeyObject` made once at start-up (`JWT_KEY_FORM=key-object`, the jwt-api's way).
 * Side by side they show the price of the string: jsonwebtoken tries `createPublicKey(secret)` on
 * every call when it is given a string (the micro table times that attempt on its own).
 *
 * Reference: RFC 8725 §3.1 (the algorithm is pinned: HS256 only); RFC 7518 §3.2.
 */
import { createSecretKey } from 'node:crypto';
import express from 'express';
import jsonwebtoken from 'jsonwebtoken';
import { listenFromEnv } from './listen-from-env.ts';
import {
  checkDemoLogin,
  PEER_AUDIENCE,
  PEER_CLAIMS,
  PEER_ISSUER,
  PEER_TOKEN_TTL_SECONDS,
  readSecretFromEnv,
  userFromClaims,
} from './peer-contract.ts';

const secretText = readSecretFromEnv('JWT_SECRET');
const keyForm = process.env.JWT_KEY_FORM;
if (keyForm !== 'string' && keyForm !== 'key-object') {
  throw new Error('JWT_KEY_FORM must be "string" or "key-object"');
}
const key = keyForm === 'string' ? secretText : createSecretKey(Buffer.from(secretText));
const verifyOptions = {
  algorithms: ['HS256' as const],
  issuer: PEER_ISSUER,
  audience: PEER_AUDIENCE,
};

const app = express();
app.use(express.json());
app.post('/login', (request, response) => {
  if (checkDemoLogin(request.body) === null) {
    response.status(401).json({ error: 'invalid_credentials' });
    return;
  }
  const accessToken = jsonwebtoken.sign(PEER_CLAIMS, key, {
    algorithm: 'HS256',
    expiresIn: PEER_TOKEN_TTL_SECONDS,
    issuer: PEER_ISSUER,
    audience: PEER_AUDIENCE,
  });
  response.json({ success: true, access_token: accessToken });
});
app.get('/me', (request, response) => {
  const header = request.get('authorization') ?? '';
  try {
    const claims = jsonwebtoken.verify(header.replace(/^Bearer /, ''), key, verifyOptions);
    response.json(userFromClaims(claims as Record<string, unknown>));
  } catch {
    response.status(401).json({ error: 'invalid_token' });
  }
});
app.get('/healthz', (_request, response) => {
  response.json({ status: 'ok' });
});

listenFromEnv(app, `express-jsonwebtoken-${keyForm}`);
