/**
 * This suite's Redis key prefix: `authlab-test:session-api:<random>:`, so keys left in the shared
 * Redis by a crashed run name their suite. Everything else is @authlab/http/testing/redis.
 */
import { createKeyPrefix } from '@authlab/http/testing/redis';

export function newKeyPrefix(): string {
  return createKeyPrefix('session-api');
}
