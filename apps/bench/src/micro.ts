/**
 * The micro-benchmark: every operation of micro-cases.ts timed in this process, one after the
 * other, after the HTTP runs (their servers are stopped by then, so nothing else of the benchmark
 * competes for the cores). The HTTP table says what a whole request costs; this one says which
 * piece of it costs what, which is what the prose of docs/performance.md explains.
 *
 * Redis is timed only when it answered a PING before the run (the same choice as the HTTP
 * configurations); the client is the one every store of the APIs uses (createRedisClient).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@authlab/http/logger';
import { createRedisClient, waitForRedisReady } from '@authlab/http/redis';
import { openUsersDatabase } from '@authlab/users/users-database';
import { createUsersRepository } from '@authlab/users/users-repository';
import {
  buildMicroCases,
  type MicroCase,
  type MicroCaseId,
  REDIS_PING_LABEL,
} from './micro-cases.ts';
import { type MicroSettings, summarizeBatches, timeOperation } from './micro-timing.ts';

export interface MicroCaseResult {
  readonly id: MicroCaseId;
  readonly label: string;
  /** ran: timed. skipped: not applicable here (no Redis). failed: threw or gave a wrong result. */
  readonly status: 'ran' | 'skipped' | 'failed';
  readonly reason: string | null;
  readonly iterationsPerBatch: number | null;
  /** Microseconds per call in each batch, in the order they ran. */
  readonly perCallMicroseconds: readonly number[];
  readonly medianMicroseconds: number | null;
}

export interface MicroResult {
  readonly settings: MicroSettings;
  readonly cases: readonly MicroCaseResult[];
}

export interface RunMicroOptions {
  readonly settings: MicroSettings;
  /** null: no Redis answered; the PING case is reported as skipped. */
  readonly redisUrl: string | null;
  readonly redisNote: string | null;
  readonly log?: (line: string) => void;
}

function notTimed(
  micro: Pick<MicroCase, 'id' | 'label'>,
  status: 'skipped' | 'failed',
  reason: string,
): MicroCaseResult {
  return {
    id: micro.id,
    label: micro.label,
    status,
    reason,
    iterationsPerBatch: null,
    perCallMicroseconds: [],
    medianMicroseconds: null,
  };
}

async function timeCase(micro: MicroCase, settings: MicroSettings): Promise<MicroCaseResult> {
  try {
    const result = await micro.operation.run();
    if (!micro.isCorrect(result)) {
      return notTimed(micro, 'failed', 'the operation did not give the expected result');
    }
    const timings = await timeOperation(micro.operation, settings);
    const summary = summarizeBatches(timings);
    return {
      id: micro.id,
      label: micro.label,
      status: 'ran',
      reason: null,
      iterationsPerBatch: timings.iterationsPerBatch,
      perCallMicroseconds: summary.perCallMicroseconds,
      medianMicroseconds: summary.medianMicroseconds,
    };
  } catch (error) {
    return notTimed(micro, 'failed', (error as Error).message);
  }
}

/** null when Redis is not used; a connection failure is reported on the PING case. */
async function connectRedis(url: string | null) {
  if (url === null) return { redis: null, problem: null };
  const redis = createRedisClient(url, {
    logger: createLogger({ level: 'silent', name: 'bench-micro' }),
  });
  try {
    await waitForRedisReady(redis);
    return { redis, problem: null };
  } catch (error) {
    redis.disconnect();
    return { redis: null, problem: (error as Error).message };
  }
}

export async function runMicro(options: RunMicroOptions): Promise<MicroResult> {
  const { settings } = options;
  const log = options.log ?? (() => {});
  const { redis, problem } = await connectRedis(options.redisUrl);
  const usersDir = mkdtempSync(join(tmpdir(), 'authlab-micro-'));
  const database = openUsersDatabase({ path: join(usersDir, 'users.sqlite') });
  const users = createUsersRepository(database);
  const cases: MicroCaseResult[] = [];
  try {
    for (const micro of buildMicroCases({ redis, users })) {
      const result = await timeCase(micro, settings);
      const figure = result.medianMicroseconds?.toFixed(2) ?? result.status.toUpperCase();
      log(`    micro ${micro.id}: ${figure}${result.status === 'ran' ? ' µs' : ''}`);
      cases.push(result);
    }
  } finally {
    redis?.disconnect();
    database.close();
    rmSync(usersDir, { recursive: true, force: true });
  }
  if (redis === null) {
    const ping = { id: 'redis-ping', label: REDIS_PING_LABEL } as const;
    cases.push(
      problem === null
        ? notTimed(ping, 'skipped', options.redisNote ?? 'no Redis')
        : notTimed(ping, 'failed', problem),
    );
  }
  return { settings, cases };
}
