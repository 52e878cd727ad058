/**
 * Child process of the growth measurements: fills one in-memory store in a fresh V8 heap and
 * prints how much the heap grew per entry, as one JSON line. The session store's cap is raised to
 * the count (store-probes.ts): the question is what a session costs, not where the cap is. A fresh process per size, started
 * with `--expose-gc`, so that garbage from earlier sizes or from the bench itself is not counted.
 *
 *   node --expose-gc --import tsx src/growth/measure-memory-store.ts sessions|denylist COUNT
 */
import { createManualClock } from '@authlab/http/clock';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  countLiveDenied,
  countLiveSessions,
  createRevocationStore,
  createSessionStore,
  fillDenylist,
  fillSessions,
} from './store-probes.ts';

const [kind, countText] = process.argv.slice(2);
const count = Number(countText);
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('run with node --expose-gc');
if ((kind !== 'sessions' && kind !== 'denylist') || !Number.isInteger(count) || count <= 0) {
  throw new Error('usage: measure-memory-store.ts sessions|denylist COUNT');
}

function heapUsed(): number {
  collect?.();
  collect?.();
  return process.memoryUsage().heapUsed;
}

const clock = createManualClock(Date.now());
const before = heapUsed();
if (kind === 'sessions') {
  const store = createSessionStore(clock, null, count);
  await fillSessions(store, clock, count);
  const grown = heapUsed() - before;
  const held = await countLiveSessions(store, count);
  console.log(JSON.stringify({ written: count, held, bytesPerEntry: Math.round(grown / held) }));
} else {
  const store = createRevocationStore(clock, null);
  await fillDenylist(store, clock, count);
  const grown = heapUsed() - before;
  const held = await countLiveDenied(store, count);
  clock.advanceSeconds(ACCESS_TOKEN_TTL_SECONDS + 1);
  const liveAfterTtl = await countLiveDenied(store, count);
  console.log(
    JSON.stringify({ written: count, held, bytesPerEntry: Math.round(grown / held), liveAfterTtl }),
  );
}
