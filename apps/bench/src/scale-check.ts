/**
 * `pnpm --filter @authlab/bench scale [--users 100000]`: do the APIs' costs stay flat as the users
 * table grows? Builds a users database with N users (one shared scrypt hash: the rows, not the
 * KDF, are what is measured), starts each API on it as a real process (development mode, so the
 * lab view exists; Redis when REDIS_URL is set), and measures:
 *
 *   - start-up: from spawn to the first healthy `/healthz` (includes tsx's own boot, measured
 *     once more on a 3-user database for comparison);
 *   - `GET /users` (first page) and `GET /lab/state?user_id=42`: bytes and median time of 5.
 *
 * Why: start-up once restored a credential floor per user (16.6 s at 100 000 users with Redis),
 * `/users` answered every row (9.5 MB) and the lab view did too (11.8 MB). Targets: start-up
 * < 3 s, each answer < 256 KB in < 300 ms.
 *
 * Reference: OWASP API Security Top 10 2023, API4 (unrestricted resource consumption).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hashPasswordSync } from '@authlab/users/password';
import { openUsersDatabase } from '@authlab/users/users-database';
import { startServer } from './child-server.ts';
import { cookieHeaderFor, DEMO_LOGIN_BODY, LOGIN_HEADERS } from './log-in.ts';
import { JWT_API_DIR, SESSION_API_DIR } from './paths.ts';

const REPEATS = 5;
const TARGET_START_MS = 3000;
const TARGET_BYTES = 256 * 1024;
const TARGET_ANSWER_MS = 300;

const { values } = parseArgs({ options: { users: { type: 'string', default: '100000' } } });
const userCount = Number(values.users);

function buildUsersDatabase(path: string, count: number): void {
  const database = openUsersDatabase({ path });
  const hash = hashPasswordSync(randomBytes(16).toString('hex'));
  const insert = database.db.prepare(
    "INSERT INTO users (email, name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'user', ?, 'now', 'now')",
  );
  database.db.transaction(() => {
    for (let index = 3; index < count; index += 1) {
      insert.run(`user-${index}@example.com`, `User ${index}`, hash);
    }
  })();
  database.close();
}

const median = (values: number[]) =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timeGet(url: string, headers: Record<string, string>) {
  const times: number[] = [];
  let bytes = 0;
  let status = 0;
  for (let round = 0; round < REPEATS; round += 1) {
    const startedAt = performance.now();
    const response = await fetch(url, { headers });
    bytes = (await response.arrayBuffer()).byteLength;
    times.push(performance.now() - startedAt);
    status = response.status;
  }
  return { status, bytes, ms: median(times) };
}

async function logIn(baseUrl: string, side: 'session' | 'jwt'): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: LOGIN_HEADERS,
    body: DEMO_LOGIN_BODY,
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  if (side === 'jwt') {
    const { access_token: token } = (await response.json()) as { access_token: string };
    return { authorization: `Bearer ${token}` };
  }
  return { cookie: cookieHeaderFor(response.headers.getSetCookie(), '/users') };
}

async function measureApi(side: 'session' | 'jwt', usersDbPath: string) {
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    USERS_DB_PATH: usersDbPath,
    ...(side === 'session'
      ? { SESSION_SECRET: randomBytes(32).toString('hex') }
      : { JWT_SECRET: randomBytes(32).toString('hex') }),
    ...(process.env.REDIS_URL === undefined
      ? {}
      : {
          REDIS_URL: process.env.REDIS_URL,
          REDIS_KEY_PREFIX: `authlab-scale:${randomBytes(4).toString('hex')}:`,
        }),
  };
  const startedAt = performance.now();
  const server = await startServer({
    cwd: side === 'session' ? SESSION_API_DIR : JWT_API_DIR,
    entry: 'src/server.ts',
    env,
  });
  const startMs = performance.now() - startedAt;
  try {
    const headers = await logIn(server.baseUrl, side);
    const users = await timeGet(`${server.baseUrl}/users`, headers);
    const lab = await timeGet(`${server.baseUrl}/lab/state?user_id=42`, headers);
    return { startMs, users, lab };
  } finally {
    await server.stop();
  }
}

const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
const directory = mkdtempSync(join(tmpdir(), 'authlab-scale-'));
try {
  const large = join(directory, 'large.sqlite');
  const small = join(directory, 'small.sqlite');
  buildUsersDatabase(large, userCount);
  buildUsersDatabase(small, 3);
  console.log(
    `users: ${userCount} · store: ${process.env.REDIS_URL === undefined ? 'memory' : 'redis'}`,
  );
  console.log(
    '| api | users | start-up ms | GET /users bytes | ms | GET /lab/state bytes | ms | verdict |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  let failed = false;
  for (const side of ['session', 'jwt'] as const) {
    for (const [count, path] of [
      [3, small],
      [userCount, large],
    ] as const) {
      const { startMs, users, lab } = await measureApi(side, path);
      const ok =
        startMs < TARGET_START_MS &&
        [users, lab].every(
          (answer) =>
            answer.status === 200 && answer.bytes < TARGET_BYTES && answer.ms < TARGET_ANSWER_MS,
        );
      failed ||= !ok;
      const row = [side, count, startMs, users.bytes, users.ms, lab.bytes, lab.ms].map((cell) =>
        typeof cell === 'number' ? String(Math.round(cell)) : cell,
      );
      console.log(`| ${row.join(' | ')} | ${verdict(ok)} |`);
    }
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
