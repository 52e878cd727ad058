import { http, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, mintLogin } from '../helpers/build-test-app.ts';
import { bearer, expectInvalidToken, JANE, JOHN } from '../helpers/http.ts';

describe('GET /users', () => {
  const testApp = buildTestApp();
  afterAll(() => testApp.close());
  const api = http(testApp);

  it('lists users for an admin', async () => {
    const { accessToken } = await mintLogin(testApp, JOHN.id);

    const response = await api.get('/users').set(bearer(accessToken));

    expect(response.status).toBe(200);
    expect(response.body.users.map((user: { id: number }) => user.id)).toEqual([42, 43, 44]);
    expect(Object.keys(response.body.users[0]).sort()).toEqual([
      'disabled',
      'email',
      'id',
      'name',
      'role',
    ]);
    expect(stepIdsOf(response)).toEqual([
      'jwt.auth.extract-token',
      'jwt.auth.verify-signature',
      'jwt.auth.check-claims',
      'jwt.auth.check-revocation',
      'jwt.request.authorize',
      'jwt.request.query-users',
      'jwt.request.respond',
    ]);
  });

  it('answers 403 forbidden for a non-admin', async () => {
    const { accessToken } = await mintLogin(testApp, JANE.id);

    const response = await api.get('/users').set(bearer(accessToken));

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(stepsOf(response).slice(-1)).toEqual(['jwt.request.authorize:denied']);
  });

  it('answers 401 invalid_token without a token', async () => {
    const response = await api.get('/users');

    expectInvalidToken(response);
    expect(stepsOf(response)).toEqual(['jwt.auth.extract-token:absent', 'jwt.auth.reject']);
  });

  it('pages through the users with an opaque cursor and gives the total', async () => {
    const first = await api
      .get('/users?limit=2')
      .set(bearer((await mintLogin(testApp, JOHN.id)).accessToken));
    const second = await api
      .get(`/users?limit=2&cursor=${first.body.next_cursor}`)
      .set(bearer((await mintLogin(testApp, JOHN.id)).accessToken));

    expect(first.status).toBe(200);
    expect(first.body.users.map((user: { id: number }) => user.id)).toEqual([42, 43]);
    expect(first.body.total).toBe(3);
    expect(second.body.users.map((user: { id: number }) => user.id)).toEqual([44]);
    expect(second.body.next_cursor).toBeNull();
  });

  it.each([
    ['a limit above 100', '/users?limit=101'],
    ['a limit of zero', '/users?limit=0'],
    ['a cursor it did not issue', '/users?cursor=NDI'],
  ])('answers 400 validation_failed for %s', async (_case, path) => {
    const response = await api
      .get(path)
      .set(bearer((await mintLogin(testApp, JOHN.id)).accessToken));

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });
});
