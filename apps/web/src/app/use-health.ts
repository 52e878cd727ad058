/** Polls both APIs' health while the page is open; `recheck()` after a run found an API gone. */

import type { Side } from '@authlab/flows/api-types';
import { useCallback, useEffect, useState } from 'react';
import { checkHealth, type Health } from '../lib/health.ts';

export const HEALTH_POLL_INTERVAL_MS = 10_000;

export function useHealth(): { health: Record<Side, Health>; recheck: () => void } {
  const [health, setHealth] = useState<Record<Side, Health>>({
    session: { status: 'checking' },
    jwt: { status: 'checking' },
  });
  const recheck = useCallback(() => {
    void Promise.all([checkHealth('session'), checkHealth('jwt')]).then(([session, jwt]) =>
      setHealth({ session, jwt }),
    );
  }, []);
  useEffect(() => {
    recheck();
    const timer = setInterval(recheck, HEALTH_POLL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [recheck]);
  return { health, recheck };
}
