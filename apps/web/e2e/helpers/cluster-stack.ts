/**
 * The stack the cluster view's test drives, beside the one global-setup.ts starts: a real cluster
 * (@authlab/cluster-lab: twelve API instances, two balancers and a redis-server of its own, all
 * on free ports) and a second `vite preview` of the built app whose proxy points at those
 * balancers. The instances accept the preview's origin in their CSRF check.
 */
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFreePortPlan } from '@authlab/cluster-lab/cluster-plan';
import { findFreePort } from '@authlab/cluster-lab/free-port';
import { startCluster } from '@authlab/cluster-lab/start-cluster';
import { HOST } from './ports.ts';
import { startProcess, stopProcess, waitForHttp } from './processes.ts';

const WEB_DIR = fileURLToPath(new URL('../..', import.meta.url));
const PREVIEW_TIMEOUT_MS = 60_000;

export interface ClusterStack {
  /** The preview's origin: open `${origin}/#cluster`. */
  readonly origin: string;
  /** Every line the API instances printed, `id: line`, for a failing test to point at. */
  readonly logPath: string;
  stop(): Promise<void>;
}

export async function startClusterStack(): Promise<ClusterStack> {
  const webPort = await findFreePort();
  const origin = `http://${HOST}:${webPort}`;
  const logPath = join(tmpdir(), `authlab-cluster-instances-${webPort}.log`);
  const cluster = await startCluster({
    plan: await createFreePortPlan(),
    redisUrl: undefined,
    allowedOrigins: origin,
    onOutput: (id, line) => appendFileSync(logPath, `${id}: ${line}\n`),
  });
  const preview = startProcess(
    'vite preview (cluster)',
    join(WEB_DIR, 'node_modules', '.bin', 'vite'),
    ['preview', '--port', String(webPort), '--strictPort', '--host', HOST],
    {
      cwd: WEB_DIR,
      env: {
        ...process.env,
        CLUSTER_SESSION_URL: cluster.urls.session,
        CLUSTER_JWT_URL: cluster.urls.jwt,
      },
      logPath: join(tmpdir(), `authlab-cluster-preview-${webPort}.log`),
    },
  );
  const stop = async () => {
    await stopProcess(preview);
    await cluster.stop();
  };
  try {
    // Through the preview's proxy to the balancer: proves the port is the preview's and it is wired.
    await waitForHttp(`${origin}/api/cluster/jwt/_cluster/instances`, preview, PREVIEW_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, logPath, stop };
}
