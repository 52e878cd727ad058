/** A child process for shutdown.test.ts: listens, prints its port, shuts down on a signal. */
import { createServer } from 'node:http';
import { createLogger } from '../../src/logger.ts';
import { closeOnSignals } from '../../src/shutdown.ts';

const server = createServer((_request, response) => response.end('ok'));
const logger = createLogger({ level: 'info', name: 'signal-server' });
closeOnSignals(server, { logger, release: () => console.log('released') });
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address !== null && typeof address === 'object') console.log(`port ${address.port}`);
});
