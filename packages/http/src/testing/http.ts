/**
 * Talking to an API under test over real HTTP (supertest on `app.callback()`, never a port) and
 * reading back what a browser would see: the headers a same-origin page sends, the `Set-Cookie`
 * lines with their attributes, and the flow steps the server reported in `Server-Timing`; and
 * waiting, after a store outage, for the API to serve again.
 *
 * The CSRF header is written out, not imported from check-csrf.ts: it is part of the HTTP contract
 * (docs/reference/http-api.md), and a test that took it from the code under test would pass
 * whatever the code said.
 */
import type { RequestListener } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { getFlow, serverStepIdsOfRequest } from '@authlab/flows/catalog';
import { parseServerTiming } from '@authlab/flows/server-timing';
import request, { type Response } from 'supertest';

/** 50 × 100 ms: Redis reconnects within 1 s (capped backoff), with room for a loaded machine. */
export const RECOVERY_ATTEMPTS = 50;
export const RECOVERY_POLL_MS = 100;

/** What the web app sends with every unsafe request (checkCsrf). */
export const CSRF_HEADERS = Object.freeze({ 'X-Requested-With': 'authlab' });

/** Requests to a test app (anything holding the `app.callback()` it was built with). */
export function http(testApp: { readonly callback: RequestListener }) {
  return request(testApp.callback);
}

export interface SetCookie {
  name: string;
  value: string;
  /** Lower-cased attribute names → value ('' for flags such as HttpOnly). */
  attributes: Map<string, string>;
}

export function readSetCookies(response: Response): SetCookie[] {
  const header = response.headers['set-cookie'] as unknown;
  const lines = Array.isArray(header)
    ? (header as string[])
    : typeof header === 'string'
      ? [header]
      : [];
  return lines.map((line) => {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    return {
      name: pair.slice(0, separator).trim(),
      value: pair.slice(separator + 1).trim(),
      attributes: new Map(
        attributes.map((attribute) => {
          const [name = '', value = ''] = attribute.split('=');
          return [name.trim().toLowerCase(), value.trim()];
        }),
      ),
    };
  });
}

export function readSetCookie(response: Response, name: string): SetCookie | null {
  return readSetCookies(response).find((cookie) => cookie.name === name) ?? null;
}

/** The step ids a response reported, in order; `[]` without a Server-Timing header. */
export function stepIdsOf(response: Response): string[] {
  return parseServerTiming(response.headers['server-timing'] ?? '').map((step) => step.id);
}

/** `id` or `id:outcome`, for asserting on the desc of failed steps too. */
export function stepsOf(response: Response): string[] {
  return parseServerTiming(response.headers['server-timing'] ?? '').map((step) =>
    step.outcome === undefined ? step.id : `${step.id}:${step.outcome}`,
  );
}

/**
 * After an outage ends: sends the request again while the API answers 503 (its store still
 * reconnecting), and returns the first other answer — or the last 503 after `RECOVERY_ATTEMPTS`.
 * The test asserts on what it returns; recovery must come without restarting the app.
 */
export async function retryWhileUnavailable<T extends { status: number }>(
  send: () => PromiseLike<T>,
): Promise<T> {
  let response = await send();
  for (let attempt = 1; attempt < RECOVERY_ATTEMPTS && response.status === 503; attempt += 1) {
    await delay(RECOVERY_POLL_MS);
    response = await send();
  }
  return response;
}

/**
 * What one response of a flow should report, taken from @authlab/flows: the server steps of the
 * flow's `index`-th request. Tests compare with it instead of copying the sequence.
 */
export function requestSteps(flowId: string, index = 0): string[] {
  const flow = getFlow(flowId);
  if (flow === null) throw new Error(`Unknown flow ${flowId}.`);
  return serverStepIdsOfRequest(flow, index);
}
