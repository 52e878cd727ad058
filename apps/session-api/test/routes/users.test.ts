import { http, stepIdsOf, stepsOf } from '@authlab/http/testing/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { JANE, JOHN, logIn } from '../helpers/http.ts';

describe('GET /users', () => {
  let testApp: TestApp;
  let johnCookie: string;
  let janeCookie: string;

  beforeAll(async () => {
    testApp = buildTestApp();
    johnCookie = await logIn(testApp, JOHN);
    janeCookie = await logIn(testApp, JANE);
  });
  afterAll(() => testApp.close());

  it('lists users for an admin', async () => {
    const response = await http(testApp).get('/users').set('Cookie', johnCookie);
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
      'session.auth.read-cookie',
      'session.auth.load-session',
      'session.request.authorize',
      'session.request.query-users',
      'session.request.respond',
    ]);
  });

  it('answers 403 forbidden for a non-admin', async () => {
    const response = await http(testApp).get('/users').set('Cookie', janeCookie);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(stepsOf(response)).toEqual([
      'session.auth.read-cookie',
      'session.auth.load-session',
      'session.request.authorize:denied',
    ]);
  });

  it('answers 401 unauthenticated without a session', async () => {
    const response = await http(testApp).get('/users');
    expect(response.status).toBe(401);
  });

  it('pages through the users with an opaque cursor and gives the total', async () => {
    const first = await http(testApp).get('/users?limit=2').set('Cookie', johnCookie);
    const second = await http(testApp)
      .get(`/users?limit=2&cursor=${first.body.next_cursor}`)
      .set('Cookie', johnCookie);

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
    const response = await http(testApp).get(path).set('Cookie', johnCookie);

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
  });
});
