/**
 * A stolen refresh token, in both orders (RFC 9700 §4.14.2): whoever refreshes second presents a
 * spent token, and the whole family — thief's tokens and victim's — is revoked. The documents'
 * body mode makes the token readable by a script; the thief replays it from elsewhere.
 */
import type { LabState } from '@authlab/flows/api-types';
import { CSRF_HEADERS, http, requestSteps, stepIdsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/build-test-app.ts';
import { bearer, decodePart, expectInvalidToken, JANE, postLogin } from '../helpers/http.ts';

describe('a stolen refresh token (body mode)', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);
  const refresh = (token: string) =>
    api.post('/refresh').set(CSRF_HEADERS).send({ refresh_token: token });
  const jtiOf = (token: string) => decodePart(token, 1).jti;

  async function loginJane() {
    const login = await postLogin(testApp, JANE, 'body');
    expect(login.status).toBe(200);
    const token: string = login.body.refresh_token;
    return {
      access: login.body.access_token as string,
      refresh: token,
      fid: decodePart(token, 1).fid,
    };
  }

  async function familyInLab(fid: unknown) {
    const state: LabState = (await api.get('/lab/state')).body;
    return state.refresh_families?.find((family) => family.id === fid);
  }

  it('the thief refreshes first: he gets fresh tokens, the victim’s refresh revokes the family', async () => {
    const jane = await loginJane();

    const byThief = await refresh(jane.refresh);
    expect(byThief.status).toBe(200);
    expect(stepIdsOf(byThief)).toEqual(requestSteps('jwt.attack-stolen-refresh-token', 0));
    expect((await api.get('/me').set(bearer(byThief.body.access_token))).status).toBe(200);

    const byVictim = await refresh(jane.refresh);
    expectInvalidToken(byVictim);
    expect(stepIdsOf(byVictim)).toEqual(requestSteps('jwt.attack-stolen-refresh-token', 1));

    const thiefAgain = await refresh(byThief.body.refresh_token);
    expectInvalidToken(thiefAgain);
    expect(stepIdsOf(thiefAgain)).toEqual(requestSteps('jwt.attack-stolen-refresh-token', 2));
    expectInvalidToken(await api.get('/me').set(bearer(byThief.body.access_token)));
    expectInvalidToken(await api.get('/me').set(bearer(jane.access)));
  });

  it('the victim refreshes first: the thief’s replay revokes the family', async () => {
    const jane = await loginJane();

    const byVictim = await refresh(jane.refresh);
    expect(byVictim.status).toBe(200);
    const byThief = await refresh(jane.refresh);
    expectInvalidToken(byThief);

    expectInvalidToken(await refresh(byVictim.body.refresh_token));
    expectInvalidToken(await api.get('/me').set(bearer(byVictim.body.access_token)));
  });

  it('shows the family’s rotation history in the lab view', async () => {
    const jane = await loginJane();
    const byThief = await refresh(jane.refresh);
    await refresh(jane.refresh);

    const family = await familyInLab(jane.fid);

    expect(family).toMatchObject({ revoked: true, revoked_reason: 'reuse', rotations: 1 });
    expect(family?.history?.map((event) => [event.kind, event.jti, event.replaced_jti])).toEqual([
      ['started', jtiOf(jane.refresh), null],
      ['rotated', jtiOf(byThief.body.refresh_token), jtiOf(jane.refresh)],
      ['revoked', null, null],
    ]);
    expect(family?.history?.at(-1)?.reason).toBe('reuse');
  });
});
