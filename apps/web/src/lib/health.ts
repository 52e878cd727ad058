/**
 * Is each API there? `GET /healthz` through the proxy: 200 `{status: "ok", store}` when it is,
 * 503 when its store is not; no answer (or the proxy's 502) when the API is not running at all.
 * The app shows a clear message instead of a blank column.
 */

import type { Side } from '@authlab/flows/api-types';
import axios from 'axios';
import { findProxyRoute } from './cookie-paths.ts';

export const HEALTH_TIMEOUT_MS = 3000;

export type Health =
  | { readonly status: 'checking' }
  | { readonly status: 'up'; readonly store: string }
  | { readonly status: 'degraded'; readonly store: string }
  | { readonly status: 'down' };

interface HealthAnswer {
  readonly status?: string;
  readonly store?: { readonly kind?: string };
}

export async function checkHealth(side: Side): Promise<Health> {
  try {
    const response = await axios.get<HealthAnswer>(
      `${findProxyRoute(side, 'main').prefix}/healthz`,
      {
        timeout: HEALTH_TIMEOUT_MS,
        validateStatus: () => true,
      },
    );
    const store = response.data?.store?.kind ?? '?';
    if (response.status === 200 && response.data?.status === 'ok') return { status: 'up', store };
    if (response.status === 503 && typeof response.data === 'object')
      return { status: 'degraded', store };
    return { status: 'down' };
  } catch {
    return { status: 'down' };
  }
}
