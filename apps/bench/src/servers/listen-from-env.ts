/**
 * Shared start-up of the benchmark's own servers (bare route, naive JWT): listen on HOST:PORT
 * from the environment and stop cleanly on SIGTERM/SIGINT, the way the APIs' `server.ts` do, so
 * the benchmark starts and stops every configuration the same way.
 */
import type Koa from 'koa';

export function listenFromEnv(app: Koa, name: string, onClose: () => void = () => {}): void {
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? '0');
  const server = app.listen(port, host, () => {
    const address = server.address();
    const boundPort = typeof address === 'object' && address !== null ? address.port : port;
    console.log(`${name} server listening on http://${host}:${boundPort}`);
  });
  const shutDown = () => {
    server.close(() => {
      onClose();
      process.exit(0);
    });
    server.closeAllConnections();
  };
  process.once('SIGTERM', shutDown);
  process.once('SIGINT', shutDown);
}
