/**
 * `pnpm run lab:cluster`: starts the cluster with its embedded defaults and keeps it running until
 * Ctrl-C — the only file with side effects. Session balancer on 127.0.0.1:4100, JWT balancer on
 * 127.0.0.1:4200, each with `/memory/*` and `/redis/*` (and `/es256/*` on the JWT side), and the web app (web-app.ts), whose
 * "Several servers" view talks to both through its proxy.
 *
 * Development only: it refuses NODE_ENV=production, because the control API stops servers on
 * request and every instance runs with a development configuration.
 *
 * Reference: docs/cluster-lab.md; The Twelve-Factor App, "IX. Disposability".
 */
import { createClusterPlan, DEFAULT_BALANCER_PORTS } from './cluster-plan.ts';
import { startCluster } from './start-cluster.ts';
import { startWebApp, WEB_APP_URL } from './web-app.ts';

if (process.env.NODE_ENV === 'production') {
  console.error(
    'The cluster lab is a development tool: refusing to start with NODE_ENV=production.',
  );
  process.exit(1);
}

const plan = await createClusterPlan(DEFAULT_BALANCER_PORTS);
console.log(
  `cluster-lab: starting ${plan.instances.length} API instances (3 per group), this takes a few seconds…`,
);
const cluster = await startCluster({
  plan,
  redisUrl: process.env.REDIS_URL,
  allowedOrigins: process.env.ALLOWED_ORIGINS,
  onOutput: (instanceId, line) => console.log(`[${instanceId}] ${line}`),
});

const web = await startWebApp((line) => console.log(`[web] ${line}`));

const redisLine = {
  env: `REDIS_URL (${cluster.redis.url})`,
  spawned: `a redis-server started for this run (${cluster.redis.url}, nothing saved to disk)`,
  none: 'none found: the /redis groups answer 503 with how to install Redis',
}[cluster.redis.source];
console.log(`cluster-lab: ready.
  session balancer  ${cluster.urls.session}/memory/*  ${cluster.urls.session}/redis/*
  jwt balancer      ${cluster.urls.jwt}/memory/*  ${cluster.urls.jwt}/redis/*  ${cluster.urls.jwt}/es256/* (jwt-es256-1 signs, 2 and 3 verify from its JWKS)
  instances         ${plan.instances.map((spec) => `${spec.id}:${spec.port}`).join(' ')}
  redis             ${redisLine}
  web view          ${WEB_APP_URL}/#cluster ("Several servers"${web.started ? '' : ', served by the web app already running'})
Ctrl-C stops everything.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('cluster-lab: stopping…');
    void Promise.all([cluster.stop(), web.stop()]).then(() => process.exit(0));
  });
}
