/**
 * Records every request a side makes as a raw HTTP exchange — method, URL, headers, status, body
 * and the server's step trace — so a click on a step can show exactly what went over the wire.
 *
 * What a page can and cannot see: `Cookie` (request) and `Set-Cookie` (response) are forbidden
 * header names (Fetch standard §2.2.2): the browser adds and reads them itself and never shows them
 * to script. Those two lines are therefore filled in from the lab view and clearly labelled.
 *
 * Passwords are masked in the recording: the lab is shown on projectors.
 */

import { parseServerTiming, type ServerTimingEntry } from '@authlab/flows/server-timing';
import type { AxiosError, AxiosInstance, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { isAxiosError } from 'axios';

declare module 'axios' {
  interface AxiosRequestConfig {
    authlabStartedAtMs?: number;
  }
}

export interface HttpExchange {
  readonly id: number;
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: unknown;
  /** `null` when no answer came back (network error, API down). */
  readonly status: number | null;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: unknown;
  readonly serverSteps: readonly ServerTimingEntry[];
  readonly startedAtMs: number;
  readonly durationMs: number;
}

const MASKED_FIELDS = new Set(['password', 'current_password', 'new_password']);
const MASK = '••••••••';

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data ?? null;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function maskPasswords(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, MASKED_FIELDS.has(key) ? MASK : value]),
  );
}

function flattenHeaders(headers: unknown): Record<string, string> {
  const flat: Record<string, string> = {};
  if (typeof headers !== 'object' || headers === null) return flat;
  const source =
    'toJSON' in headers && typeof headers.toJSON === 'function' ? headers.toJSON() : headers;
  for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
    if (value === undefined || value === null || value === false) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return flat;
}

function buildUrl(config: InternalAxiosRequestConfig): string {
  const base = (config.baseURL ?? '').replace(/\/$/, '');
  return `${base}${config.url ?? ''}`;
}

let nextExchangeId = 1;

function recordExchange(
  config: InternalAxiosRequestConfig,
  response: AxiosResponse | undefined,
): HttpExchange {
  const startedAtMs = config.authlabStartedAtMs ?? performance.now();
  const responseHeaders = flattenHeaders(response?.headers);
  return {
    id: nextExchangeId++,
    method: (config.method ?? 'get').toUpperCase(),
    url: buildUrl(config),
    requestHeaders: flattenHeaders(config.headers),
    requestBody: maskPasswords(parseBody(config.data)),
    status: response?.status ?? null,
    responseHeaders,
    responseBody: parseBody(response?.data),
    serverSteps: parseServerTiming(responseHeaders['server-timing']),
    startedAtMs: Date.now() - (performance.now() - startedAtMs),
    durationMs: performance.now() - startedAtMs,
  };
}

/**
 * Records each exchange of `client`. Install it before any interceptor that retries, so the
 * failed attempt is recorded before the retry goes out. `onExchange` may be async (it reads the lab
 * view); the caller's request resolves only after it, so state is captured before the next step.
 */
export function installExchangeRecorder(
  client: AxiosInstance,
  onExchange: (exchange: HttpExchange) => void | Promise<void>,
): void {
  client.interceptors.request.use((config) => {
    config.authlabStartedAtMs = performance.now();
    return config;
  });
  client.interceptors.response.use(
    async (response) => {
      await onExchange(recordExchange(response.config, response));
      return response;
    },
    async (error: unknown) => {
      if (isAxiosError(error) && error.config !== undefined) {
        await onExchange(recordExchange(error.config, (error as AxiosError).response));
      }
      throw error;
    },
  );
}
