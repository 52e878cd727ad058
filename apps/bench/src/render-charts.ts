/**
 * The four growth charts of docs/performance.md, drawn as SVG (svg-chart.ts) from the same
 * figures as the growth tables (render-growth.ts), into `docs/charts/`.
 */
import type { GrowthResult, StoreMemoryPoint } from './growth/growth-types.ts';
import { renderLineChart } from './svg-chart.ts';

/** Chart files, relative to the docs folder, and what each draws. */
export const CHART_FILES = {
  sessions: 'charts/growth-session-memory.svg',
  denylist: 'charts/growth-denylist.svg',
  logins: 'charts/growth-logins.svg',
  users: 'charts/growth-users-table.svg',
} as const;

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
