/**
 * The lab's HTTP clients: axios instances for one API prefix that add the CSRF header the APIs
 * require, and two small helpers for the scenario scripts.
 *
 * Every unsafe request carries `X-Requested-With: authlab`, the APIs' CSRF defence: a cross-site
 * form cannot add a custom header, and a cross-site `fetch` that adds one needs a CORS preflight
 * the API never approves (OWASP CSRF Prevention Cheat Sheet, "Custom Request Headers").
 */
import axios, { type AxiosInstance, type AxiosResponse, isAxiosError } from 'axios';
import { LabError, type LabErrorCode, SetupFailedError } from './errors.ts';

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const REQUEST_TIMEOUT_MS = 10_000;

export function createApiClient(baseURL: string): AxiosInstance {
  const client = axios.create({ baseURL, timeout: REQUEST_TIMEOUT_MS });
  client.interceptors.request.use((config) => {
    if (UNSAFE_METHODS.has((config.method ?? 'get').toLowerCase())) {
      config.headers.set('X-Requested-With', 'authlab');
    }
    return config;
  });
  return client;
}

/** Sends a request and hands back the answer whatever its status; throws only when none came. */
export async function send(request: Promise<AxiosResponse>): Promise<AxiosResponse> {
  try {
    return await request;
  } catch (error) {
    if (isAxiosError(error) && error.response !== undefined) return error.response;
    throw error;
  }
}

/** For setup requests: the flow cannot be shown if its preparation was refused. */
export function requireOk(response: AxiosResponse, what: string): AxiosResponse {
  if (response.status < 200 || response.status > 299) throw new SetupFailedError(what);
  return response;
}

/** Why a run stopped, for the message the column shows. */
export function classifyError(error: unknown): LabErrorCode {
  if (error instanceof LabError) return error.code;
  if (isAxiosError(error) && error.response === undefined) return 'api_unreachable';
  return 'unexpected';
}
