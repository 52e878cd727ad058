/**
 * A balancer in the test's own process, on a free port, over groups the test describes — for the
 * answers that need no running instance (no Redis, nothing running, unknown routes).
 */
import type { AddressInfo } from 'node:net';
import { type ApiInstance, createApiInstance } from '../../src/api-instance.ts';
import { createBalancer } from '../../src/balancer.ts';
import type { ApiName, GroupName } from '../../src/cluster-plan.ts';
import type { ControlledGroup } from '../../src/control-api.ts';

/** `session-redis-2` as an instance that was never started (its port is never dialled). */
export function createStoppedInstance(id: string): ApiInstance {
  const [api = 'session', group = 'memory', index = '1'] = id.split('-');
  return createApiInstance(
    { id, api: api as ApiName, group: group as GroupName, index: Number(index), port: 1 },
    { env: {}, onOutput: () => {} },
  );
}

export async function askLocalBalancer(
  group: ControlledGroup,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: { error: { code: string } } }> {
  const { server } = createBalancer([group]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return {
      status: response.status,
      body: (await response.json()) as { error: { code: string } },
    };
  } finally {
    server.close();
  }
}
