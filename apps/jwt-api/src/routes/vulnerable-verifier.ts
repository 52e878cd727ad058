/**
 * ⚠ DELIBERATELY VULNERABLE — LAB ONLY. The forgery lab's target: the hand-written verifier of
 * lab/vulnerable-verifier.ts behind three routes, so the web page can send one forged token to it
 * and to the real API side by side.
 *
 *   GET  /lab/vulnerable-verifier          what to attack: a token it issued with its weak
 *                                          secret, its key directory, the one jku origin it fetches
 *   POST /lab/vulnerable-verifier/verify   {token} → its verdict (the mistakes it relied on)
 *   POST /lab/vulnerable-verifier/decode   {token} → the "decode instead of verify" bug's verdict
 *
 * Mounted by app.ts only while LAB_ENABLED (refused in production by config), and every answer —
 * errors too — carries `X-Authlab-Lab-Mode: vulnerable-verifier`. It authenticates nothing: a
 * verdict is reported, never acted upon.
 *
 * Teaches: what the real API's `jwt.auth.verify-token` refuses, by showing a verifier that does not.
 *
 * Flow step ids: none (lab-only; the real API's check is jwt.auth.verify-token).
 * Reference: RFC 8725 §2–3; docs/attacks-tokens.md.
 */
import { DEMO_USERS } from '@authlab/flows/demo-users';
import {
  type NaiveVerdictAnswer,
  type NaiveVerifierInfoAnswer,
  VULNERABLE_VERIFIER_LABEL,
} from '@authlab/flows/forgery/naive-verdict';
import { LAB_MODE_HEADER } from '@authlab/flows/lab-modes';
import type { Clock } from '@authlab/http/clock';
import { parseBody } from '@authlab/http/validate';
import Router from '@koa/router';
import { z } from 'zod';
import type { KeySet } from '../keys/key-set.ts';
import { createLabJwksFetcher } from '../lab/fetch-lab-jwks.ts';
import { createKeyFiles, type KeyMaterial, WEAK_KEY_ID } from '../lab/vulnerable-key-files.ts';
import { decodeNaively, signWeakToken, verifyNaively } from '../lab/vulnerable-verifier.ts';
import { ACCESS_TOKEN_AUDIENCE, TOKEN_ISSUER, toNumericDate } from '../tokens/token-claims.ts';

const tokenBodySchema = z.object({ token: z.string().min(1).max(8192) });

export interface VulnerableVerifierRouterDeps {
  keys: KeySet;
  clock: Clock;
  accessTokenTtlSeconds: number;
  /** The lab's attacker site: the only origin a `jku` is fetched from. */
  attackerOrigin: string;
}

/** The real API's current key, handed to the vulnerable service as its default key. */
function toKeyMaterial(keys: KeySet): KeyMaterial {
  const current = keys.verificationKeys.find((key) => key.current) ?? keys.verificationKeys[0];
  if (current === undefined) throw new Error('The key set has no key.');
  return current.alg === 'HS256'
    ? { kind: 'secret', bytes: current.key.export() }
    : { kind: 'public', key: current.key };
}

export function createVulnerableVerifierRouter(deps: VulnerableVerifierRouterDeps): Router {
  const { keys, clock, accessTokenTtlSeconds, attackerOrigin } = deps;
  const serverKey = toKeyMaterial(keys);
  const keyFiles = createKeyFiles(keys.signingKey.kid, serverKey);
  const verifierDeps = { serverKey, keyFiles, fetchJwks: createLabJwksFetcher(attackerOrigin) };
  const victim = DEMO_USERS.find((user) => user.role === 'user');
  if (victim === undefined) throw new Error('The demo users have no ordinary user.');
  const router = new Router({ prefix: '/lab/vulnerable-verifier' });

  router.use(async (ctx, next) => {
    ctx.set(LAB_MODE_HEADER, VULNERABLE_VERIFIER_LABEL);
    await next();
  });

  router.get('/', (ctx) => {
    const iat = toNumericDate(clock.now());
    const weakToken = signWeakToken(
      { alg: 'HS256', typ: 'at+jwt', kid: WEAK_KEY_ID },
      {
        iss: TOKEN_ISSUER,
        aud: ACCESS_TOKEN_AUDIENCE,
        sub: String(victim.id),
        name: victim.name,
        email: victim.email,
        role: victim.role,
        iat,
        exp: iat + accessTokenTtlSeconds,
      },
    );
    ctx.body = {
      verifier: VULNERABLE_VERIFIER_LABEL,
      weak_token: weakToken,
      key_directory: keyFiles.directory,
      key_files: keyFiles.names,
      jku_allowed_origin: attackerOrigin,
    } satisfies NaiveVerifierInfoAnswer;
  });

  router.post('/verify', async (ctx) => {
    const { token } = parseBody(tokenBodySchema, ctx.request.body);
    ctx.body = (await verifyNaively(token, verifierDeps)) satisfies NaiveVerdictAnswer;
  });

  router.post('/decode', (ctx) => {
    const { token } = parseBody(tokenBodySchema, ctx.request.body);
    ctx.body = decodeNaively(token) satisfies NaiveVerdictAnswer;
  });

  return router;
}
