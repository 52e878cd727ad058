/**
 * Starting one instance (api-instance.ts) on a port another process took after the plan chose it:
 * the start must fail and say who answered, not count the stranger's answer as the instance's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiInstance, INSTANCE_HOST } from '../src/api-instance.ts';

let stranger: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => stranger?.close(resolve));
});

function listenAsStranger(): Promise<number> {
  const server = createServer((_req, res) => res.writeHead(200).end('not an authlab API'));
  stranger = server;
  return new Promise((resolve) => {
    server.listen(0, INSTANCE_HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

describe('an instance whose port another process took', () => {
  it('fails to start, naming the process that answered, and stays stopped', async () => {
    const port = await listenAsStranger();
    const instance = createApiInstance(
      { id: 'jwt-memory-1', api: 'jwt', group: 'memory', index: 1, port },
      { env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn' }, onOutput: () => {} },
    );
    await expect(instance.start()).rejects.toThrow(/a process without an id answered/);
    expect(instance.state).toBe('stopped');
  });
});
