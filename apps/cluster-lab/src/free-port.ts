/**
 * A TCP port nobody listens on right now: the operating system picks one for a throw-away server,
 * which is closed at once. Another process could take it in between; for a local lab and its
 * tests that window is small enough, and a clash fails loudly (EADDRINUSE) rather than silently.
 *
 * Reference: Node.js docs, `net.Server.listen()` with port 0.
 */
import { createServer } from 'node:net';

export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
