/**
 * Starts the attacker site (development only: config.ts refuses production). `npm start` runs it
 * beside the APIs and the web app (turbo's `dev` task).
 *
 * Teaches: the one place with side effects.
 *
 * Flow step ids: none (start-up).
 * Reference: The Twelve-Factor App, "III. Config".
 */
import { createLogger } from '@authlab/http/logger';
import { closeOnSignals } from '@authlab/http/shutdown';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLootStore } from './loot-store.ts';

const config = loadConfig(process.env);
const logger = createLogger({ level: 'info', name: 'attacker-site' });
const app = createApp({ config, loot: createLootStore() });

const server = app.listen(config.port, config.host, () => {
  logger.info('attacker site listening', {
    url: `http://${config.host}:${config.port}`,
    target: config.targetOrigin,
  });
});

// Nothing to release: the loot lives in this process's memory and goes with it.
closeOnSignals(server, { logger, release: () => undefined });
