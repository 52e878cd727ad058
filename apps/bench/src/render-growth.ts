/**
 * The growth blocks of docs/performance.md: how each cost grows with sessions, logouts,
 * concurrency and users (render-charts.ts draws the same figures).
 */
import type { GrowthResult, StoreMemoryPoint } from './growth/growth-types.ts';
import { formatInteger, formatMicroseconds, row } from './markdown-cells.ts';

const bytes = (value: number | undefined) => (value === undefined ? '—' : formatInteger(value));

function storeRows(memory: readonly StoreMemoryPoint[], redis: readonly StoreMemoryPoint[] | null) {
  return memory.map((point, index) => {
    const inRedis = redis?.[index];
    return row([
      formatInteger(point.written),
      formatInteger(point.held),
      bytes(point.bytesPerEntry),
      inRedis === undefined ? 'no Redis' : formatInteger(inRedis.held),
      bytes(inRedis?.bytesPerEntry),
    ]);
  });
}

export function renderSessionGrowth(growth: GrowthResult): string {
  return [
    row([
      'sessions written',
      'held in memory',
      'bytes each (V8 heap)',
      'held in Redis',
      'bytes each (Redis used_memory)',
    ]),
    row(['---:', '---:', '---:', '---:', '---:']),
    ...storeRows(growth.sessionsMemory, growth.sessionsRedis),
  ].join('\n');
}

export function renderDenylistGrowth(growth: GrowthResult): string {
  return [
    row([
      'logouts',
      'denylisted in memory',
      'bytes each (V8 heap)',
      'denylisted in Redis',
      'bytes each (Redis used_memory)',
    ]),
    row(['---:', '---:', '---:', '---:', '---:']),
    ...storeRows(growth.denylistMemory, growth.denylistRedis),
    '',
    `One access-token lifetime (${formatInteger(growth.accessTokenTtlSeconds)} s) later, live entries left in memory: ` +
      `${growth.denylistMemory.map((point) => formatInteger(point.liveAfterTtl)).join(' / ')}; ` +
      `Redis keys without a TTL at most that long: ${growth.denylistRedis?.map((point) => formatInteger(point.liveAfterTtl)).join(' / ') ?? 'no Redis'}.`,
  ].join('\n');
}

export function renderLoginGrowth(growth: GrowthResult): string {
  return [
    row([
      'connections',
      'logins/s',
      'p50 ms',
      'p99 ms',
      'server CPU per login, ms (1 connection only)',
    ]),
    row(['---:', '---:', '---:', '---:', '---:']),
    ...growth.logins.map((point) =>
      row([
        String(point.concurrency),
        point.loginsPerSecond.toFixed(1),
        formatInteger(point.latencyP50Ms),
        formatInteger(point.latencyP99Ms),
        point.cpuPerLoginMs === null ? '—' : point.cpuPerLoginMs.toFixed(0),
      ]),
    ),
  ].join('\n');
}

export function renderUsersGrowth(growth: GrowthResult): string {
  return [
    row(['users in the table', 'API', 'CPU µs / GET /me', 'p50 ms']),
    row(['---:', '---', '---:', '---:']),
    ...growth.usersTable.map((point) =>
      row([
        formatInteger(point.users),
        `${point.api}-api`,
        formatMicroseconds(point.cpuPerRequestMicroseconds),
        point.latencyP50Ms.toFixed(3),
      ]),
    ),
  ].join('\n');
}
