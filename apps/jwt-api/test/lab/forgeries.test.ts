/**
 * The forgery lab's promise, in one run per signing mode: every forged token of
 * @authlab/flows/forgery is ACCEPTED by the labelled vulnerable verifier (for the mistake the
 * catalog names) and REFUSED by the real API at the step the catalog names. The forgeries are built
 * with the same browser-safe helpers the web page uses, from a genuine access token.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportPublicJwk,
  generateAttackerKeyPair,
  publicJwkToPem,
} from '@authlab/flows/forgery/attacker-keys';
import {
  crackHs256Secret,
  expandWordlist,
  WEAK_SECRET_WORDLIST,
} from '@authlab/flows/forgery/crack-secret';
import { FORGERIES, type Forgery } from '@authlab/flows/forgery/forgeries';
import {
  type CompactParts,
  type JsonObject,
  splitCompact,
} from '@authlab/flows/forgery/jose-segments';
import type { NaiveMistake } from '@authlab/flows/forgery/naive-verdict';
import {
  ATTACKER_KID,
  type ForgeryMaterial,
  planForgery,
} from '@authlab/flows/forgery/plan-forgery';
import { signCompact } from '@authlab/flows/forgery/sign-compact';
import { CSRF_HEADERS, http, requestSteps, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, generateEs256PrivateKeyPem, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JANE } from '../helpers/http.ts';

/** The mistake each forgery relies on, in the vulnerable verifier's own words. */
const EXPECTED_MISTAKE: Readonly<Record<Forgery['id'], NaiveMistake>> = {
  'alg-none': 'trusted-alg-none',
  'alg-confusion': 'alg-confusion',
  'kid-traversal': 'kid-path-traversal',
  'embedded-jwk': 'trusted-embedded-jwk',
  jku: 'trusted-jku',
  'weak-secret': 'weak-secret',
  'tampered-payload': 'decoded-without-verifying',
};

const NONE_SPELLINGS = ['none', 'None', 'NONE', 'nOnE'];
const steppingTimer = () => {
  let now = 0;
  return () => (now += 1);
};

function parts(token: string): CompactParts {
  const split = splitCompact(token);
  if (split === null) throw new Error('not a compact JWS');
  return split;
}

/** The lab's attacker site, reduced to what the jku forgery needs: one JWK Set. */
async function startJwksHost(jwks: () => JsonObject): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(jwks()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.each(['HS256', 'ES256'] as const)('forged tokens (%s)', (algorithm) => {
  let attackerJwk: JsonObject = {};
  let host: { server: Server; origin: string };
  let testApp: ReturnType<typeof buildTestApp>;
  let original: CompactParts;
  let weak: CompactParts;
  let material: ForgeryMaterial;

  beforeAll(async () => {
    host = await startJwksHost(() => ({ keys: [attackerJwk] }));
    const env: Record<string, string> = {
      JWT_ALGORITHM: algorithm,
      LAB_ATTACKER_ORIGIN: host.origin,
    };
    if (algorithm === 'ES256') env.JWT_PRIVATE_KEY = generateEs256PrivateKeyPem();
    testApp = buildTestApp({ env });
    original = parts((await mintLogin(testApp, JANE.id)).accessToken);
    const attacker = await generateAttackerKeyPair();
    attackerJwk = await exportPublicJwk(attacker.publicKey, ATTACKER_KID);
    const published = (await http(testApp).get('/.well-known/jwks.json')).body as {
      keys?: JsonObject[];
    };
    const weakToken = (await http(testApp).get('/lab/vulnerable-verifier')).body.weak_token;
    weak = parts(weakToken);
    const cracked = await crackHs256Secret(weak, WEAK_SECRET_WORDLIST, steppingTimer());
    material = {
      attackerPrivateKey: attacker.privateKey,
      attackerPublicJwk: attackerJwk,
      jkuUrl: `${host.origin}/.well-known/jwks.json`,
      ...(cracked.secret === null ? {} : { crackedSecret: cracked.secret }),
      ...(published.keys?.[0] === undefined
        ? {}
        : { publicKeyPem: publicJwkToPem(published.keys[0]) }),
    };
  });
  afterAll(async () => {
    testApp.close();
    await new Promise<void>((resolve) => host.server.close(() => resolve()));
  });

  const forgeries = FORGERIES.filter((forgery) => forgery.modes.includes(algorithm));

  async function expectAcceptedThenRefused(forgery: Forgery, token: string) {
    const naive = await http(testApp)
      .post(`/lab/vulnerable-verifier/${forgery.naiveRoute}`)
      .set(CSRF_HEADERS)
      .send({ token });
    expect(naive.headers['x-authlab-lab-mode']).toBe('vulnerable-verifier');
    expect(naive.body).toMatchObject({ accepted: true, payload: { role: 'admin' } });
    expect(naive.body.mistakes).toContain(EXPECTED_MISTAKE[forgery.id]);

    const real = await http(testApp).get('/users').set(bearer(token));
    expectInvalidToken(real);
    expect(stepsOf(real)).toEqual([`${forgery.refusedAt}:failed`, 'jwt.auth.reject']);
    expect(stepIdsOf(real)).toEqual(requestSteps('jwt.attack-forged-token', 0));
  }

  it.each(forgeries.map((forgery) => [forgery.id, forgery] as const))(
    '%s: the vulnerable verifier accepts it, the real API refuses it',
    async (_id, forgery) => {
      const spellings = forgery.id === 'alg-none' ? NONE_SPELLINGS : [undefined];
      for (const noneSpelling of spellings) {
        const start = forgery.startsFrom === 'weak-token' ? weak : original;
        const plan = planForgery(forgery.id, start, {
          ...material,
          ...(noneSpelling ? { noneSpelling } : {}),
        });
        await expectAcceptedThenRefused(
          forgery,
          await signCompact(plan.header, plan.payload, plan.signature),
        );
      }
    },
  );

  it('the cracker finds the weak secret, but not the real key', async () => {
    expect(material.crackedSecret).toBe('secret');
    const words = expandWordlist(WEAK_SECRET_WORDLIST, 3);

    expect((await crackHs256Secret(original, words, steppingTimer())).secret).toBeNull();
  });

  it('the genuine token passes both (control)', async () => {
    const token = `${original.encodedHeader}.${original.encodedPayload}.${original.signature}`;
    const naive = await http(testApp)
      .post('/lab/vulnerable-verifier/verify')
      .set(CSRF_HEADERS)
      .send({ token });

    expect(naive.body).toMatchObject({ accepted: true, mistakes: [] });
    expect((await http(testApp).get('/me').set(bearer(token))).status).toBe(200);
  });
});
