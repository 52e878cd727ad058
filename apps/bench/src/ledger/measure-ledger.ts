/**
 * Measures the revocation-latency ledger against REAL servers: session-api and jwt-api, each
 * started in its own process in development (the lab on, a fresh users database seeded with the
 * demo users, random secrets), then jwt-api again with the lab mode `jwt-stateless-no-revocation`
 * switched on through PUT /lab/modes/:id — the documents' stateless JWT. Every figure is what a
 * server answered to a replayed credential; nothing is computed from a configured lifetime.
 *
 * Reference: docs/attacks-tokens.md ("Replay after logout: the revocation-latency ledger").
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LedgerResults, LedgerRow } from '@authlab/flows/ledger/revocation-ledger';
import { startServer } from '../child-server.ts';
import { JWT_API_DIR, SESSION_API_DIR } from '../paths.ts';
import { createLedgerClient, type Side } from './ledger-client.ts';
import { measureDesign } from './ledger-scenarios.ts';

const STATELESS_MODE = 'jwt-stateless-no-revocation';

function environmentFor(side: Side, directory: string): Record<string, string> {
  return {
    NODE_ENV: 'development',
    LAB_ENABLED: 'true',
    LOG_LEVEL: 'warn',
    USERS_DB_PATH: join(directory, `${side}.sqlite`),
    [side === 'session' ? 'SESSION_SECRET' : 'JWT_SECRET']: randomBytes(32).toString('hex'),
  };
}

async function measureSide(side: Side, directory: string): Promise<LedgerRow[]> {
  const server = await startServer({
    cwd: side === 'session' ? SESSION_API_DIR : JWT_API_DIR,
    entry: 'src/server.ts',
    env: environmentFor(side, directory),
  });
  try {
    const client = createLedgerClient(server.baseUrl, side);
    if (side === 'session') return await measureDesign(client, side, 'session');
    const rows = await measureDesign(client, side, 'jwt');
    const switched = await client.call('PUT', `/lab/modes/${STATELESS_MODE}`, null, { on: true });
    if (!switched.ok) throw new Error(`could not switch ${STATELESS_MODE} on: ${switched.status}`);
    return [...rows, ...(await measureDesign(client, side, 'jwt-stateless'))];
  } finally {
    await server.stop();
  }
}

export async function measureLedger(): Promise<LedgerResults> {
  const directory = mkdtempSync(join(tmpdir(), 'authlab-ledger-'));
  try {
    const measuredAt = new Date().toISOString();
    const rows = [
      ...(await measureSide('session', directory)),
      ...(await measureSide('jwt', directory)),
    ];
    return { measuredAt, rows };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
