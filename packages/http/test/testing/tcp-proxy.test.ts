import { once } from 'node:events';
import { createConnection, createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../../src/testing/tcp-proxy.ts';

/** Connects through the proxy, sends `ping`, and resolves with what came back before close. */
async function roundTrip(port: number): Promise<string> {
  const socket = createConnection({ port, host: '127.0.0.1' });
  socket.on('error', () => socket.destroy());
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString();
    if (received === 'ping') socket.end();
  });
  socket.write('ping');
  await once(socket, 'close');
  return received;
}

describe('startTcpProxy()', () => {
  let echoServer: Server;
  let proxy: TcpProxy;

  beforeAll(async () => {
    echoServer = createServer((socket) => socket.pipe(socket));
    echoServer.listen(0, '127.0.0.1');
    await once(echoServer, 'listening');
    const address = echoServer.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    proxy = await startTcpProxy(address.port);
  });
  afterAll(async () => {
    await proxy.close();
    echoServer.close();
  });

  it('forwards bytes both ways', async () => {
    expect(await roundTrip(proxy.port)).toBe('ping');
  });

  it('drops live connections on cut(), refuses new ones, and forwards again after restore()', async () => {
    const live = createConnection({ port: proxy.port, host: '127.0.0.1' });
    live.on('error', () => live.destroy());
    await once(live, 'connect');
    const closed = once(live, 'close');
    proxy.cut();
    await closed;
    expect(await roundTrip(proxy.port)).toBe('');
    proxy.restore();
    expect(await roundTrip(proxy.port)).toBe('ping');
  });
});
