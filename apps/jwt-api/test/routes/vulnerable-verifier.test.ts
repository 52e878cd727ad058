import { CSRF_HEADERS, http } from '@authlab/http/testing/http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildTestApp, TEST_JWT_SECRET } from '../helpers/build-test-app.ts';
import { forgeToken } from '../helpers/forge-token.ts';

const ROUTES = [
  ['get', '/lab/vulnerable-verifier'],
  ['post', '/lab/vulnerable-verifier/verify'],
  ['post', '/lab/vulnerable-verifier/decode'],
] as const;

function postVerify(testApp: ReturnType<typeof buildTestApp>, token: string) {
  return http(testApp).post('/lab/vulnerable-verifier/verify').set(CSRF_HEADERS).send({ token });
}

async function statusesOf(api: ReturnType<typeof http>) {
  const statuses: number[] = [];
  for (const [method, path] of ROUTES) {
    statuses.push((await api[method](path).set(CSRF_HEADERS).send({ token: 'a.b.c' })).status);
  }
  return statuses;
}

describe('the vulnerable verifier (lab only)', () => {
  it('does not exist in production', async () => {
    const testApp = buildTestApp({ env: { NODE_ENV: 'production', LAB_ENABLED: 'false' } });

    expect(await statusesOf(http(testApp))).toEqual([404, 404, 404]);
    testApp.close();
  });

  it('cannot be switched on in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, LAB_ENABLED: 'true' }),
    ).toThrow(/LAB_ENABLED/);
  });

  it('does not exist in development with the lab disabled', async () => {
    const testApp = buildTestApp({ env: { NODE_ENV: 'development', LAB_ENABLED: 'false' } });

    expect(await statusesOf(http(testApp))).toEqual([404, 404, 404]);
    testApp.close();
  });

  it('labels every answer, refusals and errors too', async () => {
    const testApp = buildTestApp();
    const api = http(testApp);

    for (const response of [
      await api.get('/lab/vulnerable-verifier'),
      await api.post('/lab/vulnerable-verifier/verify').set(CSRF_HEADERS).send({ token: 'x' }),
      await api.post('/lab/vulnerable-verifier/verify').set(CSRF_HEADERS).send({}),
    ]) {
      expect(response.headers['x-authlab-lab-mode']).toBe('vulnerable-verifier');
    }
    testApp.close();
  });

  it('answers 400 validation_failed without a token', async () => {
    const testApp = buildTestApp();

    const response = await http(testApp)
      .post('/lab/vulnerable-verifier/decode')
      .set(CSRF_HEADERS)
      .send({ token: 42 });

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    testApp.close();
  });

  it('never fetches a jku outside the attacker site', async () => {
    const testApp = buildTestApp();
    const token = forgeToken(
      { alg: 'ES256', jku: 'http://169.254.169.254/latest' },
      {},
      {
        kind: 'none',
      },
    );

    const response = await postVerify(testApp, token);

    expect(response.body).toMatchObject({
      accepted: false,
      refusal: 'jku_outside_lab',
      key_source: { kind: 'jku', url: 'http://169.254.169.254/latest' },
    });
    testApp.close();
  });

  it('shows the file a traversal kid names without reading it', async () => {
    const testApp = buildTestApp();
    const token = forgeToken({ alg: 'HS256', kid: '../../../../etc/passwd' }, {}, { kind: 'none' });

    const response = await postVerify(testApp, token);

    expect(response.body).toMatchObject({
      accepted: false,
      refusal: 'no_key',
      key_source: { kind: 'key-file', path: '/etc/passwd', escaped_directory: true },
    });
    testApp.close();
  });

  it('publishes a weak-secret token of an ordinary user and the one jku origin', async () => {
    const testApp = buildTestApp();

    const response = await http(testApp).get('/lab/vulnerable-verifier');

    expect(response.body).toMatchObject({
      verifier: 'vulnerable-verifier',
      weak_token: expect.any(String),
      jku_allowed_origin: 'http://127.0.0.1:4300',
    });
    testApp.close();
  });
});
