/**
 * Shared start-up of the benchmark's own servers (floors, the naive JWT, the peers): listen on
 * HOST:PORT from the environment with a plain `node:http` server around the framework's request
 * listener, and stop on SIGTERM/SIGINT with the APIs' own `closeOnSignals`, so the benchmark
 * starts and stops every configuration the same way whatever the framework.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createLogger } from '@authlab/http/logger';
import { closeOnSignals } from '@authlab/http/shutdown';

export type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export function listenFromEnv(
  listener: RequestListener,
  name: string,
  release: () => void = () => {},
): void {
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? '0');
  const server = createServer(listener);
  server.listen(port, host, () => {
    const address = server.address();
    const boundPort = typeof address === 'object' && address !== null ? address.port : port;
    console.log(`${name} server listening on http://${host}:${boundPort}`);
  });
  closeOnSignals(server, { logger: createLogger({ level: 'silent', name }), release });
}
