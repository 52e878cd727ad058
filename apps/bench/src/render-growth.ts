/**
 * The growth blocks of docs/performance.md (how each cost grows with sessions, logouts,
 * concurrency and users) and the four SVG charts drawn from the same figures.
 */
import type { GrowthResult, StoreMemoryPoint } from './growth/growth-types.ts';
import { formatInteger, formatMicroseconds, row } from './markdown-cells.ts';
import { renderLineChart } from './svg-chart.ts';

/** Chart files, relative to the docs folder, and what each draws. */
export const CHART_FILES = {
  sessions: 'charts/growth-session-memory.svg',
  denylist: 'charts/growth-denylist.svg',
  logins: 'charts/growth-logins.svg',
  users: 'charts/growth-users-table.svg',
} as const;

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
    row(['connections', 'logins/s', 'p50 ms', 'p99 ms', 'server CPU per login, ms']),
    row(['---:', '---:', '---:', '---:', '---:']),
    ...growth.logins.map((point) =>
      row([
        String(point.concurrency),
        point.loginsPerSecond.toFixed(1),
        point.latencyP50Ms.toFixed(0),
        point.latencyP99Ms.toFixed(0),
        point.cpuPerLoginMs.toFixed(1),
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

const toPoints = <T>(items: readonly T[], x: (item: T) => number, y: (item: T) => number) =>
  items.map((item) => ({ x: x(item), y: y(item) }));

/** Every chart as `[path relative to docs/, SVG text]`. */
export function renderGrowthCharts(growth: GrowthResult): [string, string][] {
  const stores = (
    memory: readonly StoreMemoryPoint[],
    redis: readonly StoreMemoryPoint[] | null,
    y: (p: StoreMemoryPoint) => number,
  ) => [
    { name: 'memory store', points: toPoints(memory, (p) => p.written, y) },
    ...(redis === null ? [] : [{ name: 'Redis', points: toPoints(redis, (p) => p.written, y) }]),
  ];
  const usersSeries = (['session', 'jwt'] as const).map((api) => ({
    name: `${api}-api`,
    points: toPoints(
      growth.usersTable.filter((p) => p.api === api),
      (p) => p.users,
      (p) => p.cpuPerRequestMicroseconds,
    ),
  }));
  return [
    [
      CHART_FILES.sessions,
      renderLineChart({
        title: 'Memory per session',
        xLabel: 'sessions written',
        yLabel: 'bytes per session held',
        logX: true,
        series: stores(growth.sessionsMemory, growth.sessionsRedis, (p) => p.bytesPerEntry),
      }),
    ],
    [
      CHART_FILES.denylist,
      renderLineChart({
        title: 'Denylist entries after N logouts',
        xLabel: 'logouts within one token lifetime',
        yLabel: 'entries held',
        logX: true,
        series: stores(growth.denylistMemory, growth.denylistRedis, (p) => p.held),
      }),
    ],
    [
      CHART_FILES.logins,
      renderLineChart({
        title: 'Login throughput (scrypt) against concurrency',
        xLabel: 'connections',
        yLabel: 'logins per second',
        logX: false,
        series: [
          {
            name: 'session-api',
            points: toPoints(
              growth.logins,
              (p) => p.concurrency,
              (p) => p.loginsPerSecond,
            ),
          },
        ],
      }),
    ],
    [
      CHART_FILES.users,
      renderLineChart({
        title: 'GET /me against users-table size',
        xLabel: 'users in the table',
        yLabel: 'server CPU µs per request',
        logX: true,
        series: usersSeries,
      }),
    ],
  ];
}
