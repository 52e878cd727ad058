/** Where the redis groups' Redis comes from: REDIS_URL, a redis-server from PATH, or none. */
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { provideRedis } from '../src/redis-provider.ts';

const ORIGINAL_PATH = process.env.PATH;
const REDIS_SERVER_INSTALLED = spawnSync('redis-server', ['--version']).error === undefined;

afterEach(() => {
  process.env.PATH = ORIGINAL_PATH;
});

describe('provideRedis', () => {
  it('uses REDIS_URL when it is set, and starts nothing', async () => {
    const redis = await provideRedis('redis://127.0.0.1:6390');
    expect([redis.source, redis.url]).toEqual(['env', 'redis://127.0.0.1:6390']);
  });

  it('reports none when no redis-server is on PATH', async () => {
    process.env.PATH = '/nonexistent';
    const redis = await provideRedis(undefined);
    expect([redis.source, redis.url]).toEqual(['none', null]);
  });

  it.runIf(REDIS_SERVER_INSTALLED)(
    'starts a redis-server on a free port that answers PING, and stops it',
    async () => {
      const redis = await provideRedis(undefined);
      expect(redis.source).toBe('spawned');
      const port = Number(new URL(redis.url ?? '').port);
      const pong = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
        socket.once('data', (data) => {
          socket.destroy();
          resolve(data.toString().trim());
        });
      });
      await redis.stop();
      expect(pong).toBe('+PONG');
    },
  );
});
