/**
 * Graceful shutdown for an API's server.ts: on SIGINT or SIGTERM (Ctrl+C, `kill`, an orchestrator
 * stopping the process) stop accepting connections, let requests in flight finish — only idle
 * keep-alive sockets are closed at once — then release the stores and exit 0.
 *
 * Why not just exit: a request cut half-way (a refresh that already rotated its token, a logout
 * between its store writes) leaves a client without the answer to a change that happened.
 *
 * Reference: Node.js `http.Server#close` and `#closeIdleConnections`.
 */
import type { Server } from 'node:http';
import type { Logger } from './logger.ts';

export interface CloseOnSignalsOptions {
  logger: Logger;
  /** Frees what the server held (Redis connection, users database) once the last request ended. */
  release: () => void;
}

export function closeOnSignals(server: Server, options: CloseOnSignalsOptions): void {
  const { logger, release } = options;
  const shutDown = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { signal });
    server.close(() => {
      release();
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}
