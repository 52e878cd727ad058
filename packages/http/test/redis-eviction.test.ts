/**
 * The eviction-policy warning of redis.ts, against private redis-servers started with each policy
 * (never the shared one on 6379, whose configuration other suites rely on).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { checkEvictionPolicy, createRedisClient, waitForRedisReady } from '../src/redis.ts';
import { isRedisServerInstalled, startTestRedisServer } from '../src/testing/redis-server.ts';
import { eventually } from './helpers/redis.ts';

function recordingLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'warn', name: 'test', write: (line) => lines.push(line) });
  return { logger, lines };
}

describe.runIf(isRedisServerInstalled())('checkEvictionPolicy()', () => {
  const cleanUps: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0)) await cleanUp();
  });

  async function connect(policy: string) {
    const server = await startTestRedisServer(['--maxmemory-policy', policy]);
    const { logger, lines } = recordingLogger();
    const redis = createRedisClient(server.url, { logger });
    cleanUps.push(
      () => server.stop(),
      () => redis.disconnect(),
    );
    await waitForRedisReady(redis);
    return { redis, logger, lines };
  }

  it('answers noeviction quietly', async () => {
    const { redis, logger, lines } = await connect('noeviction');
    expect(await checkEvictionPolicy(redis, logger)).toBe('noeviction');
    expect(lines).toEqual([]);
  });

  it('warns on first connection when Redis may evict keys', async () => {
    const { lines } = await connect('allkeys-lru');
    await eventually(async () => {
      expect(lines.map((line) => JSON.parse(line))).toContainEqual(
        expect.objectContaining({ msg: expect.stringMatching(/may evict/), policy: 'allkeys-lru' }),
      );
    });
  });
});
