/**
 * The one place an error becomes a response: `{ "error": { "code", "message" } }`, never a stack
 * trace, never the text of an unexpected exception.
 *
 * - `HttpError`s (this package) answer with their own status, code, message and headers.
 * - Koa-style errors (`ctx.throw`, `http-errors`, @koa/router's 405/501, koa-jwt's 401) carry
 *   `status`/`expose`: they are mapped by status to a stable code with a generic message.
 * - Anything else is a bug: 500 `internal_error`, generic message, and `ctx.app.emit('error')` so
 *   it is logged on the server (Koa's central error event).
 * - A request no route answered (Koa's default 404 with no body) becomes 404 `not_found` in JSON.
 *
 * Reference: OWASP Error Handling Cheat Sheet ("return a generic response; log details on the
 * server side"); docs/reference/http-api.md, Conventions → Errors.
 */
import type { Context, Middleware } from 'koa';
import { HttpError, type HttpErrorCode, StoreUnavailableError } from '../errors.ts';
import type { Logger } from '../logger.ts';

const GENERIC_MESSAGES: Record<HttpErrorCode, string> = {
  invalid_json: 'The request body is not valid JSON.',
  validation_failed: 'The request is not valid.',
  invalid_credentials: 'Email or password is incorrect.',
  unauthenticated: 'You are not signed in.',
  invalid_token: 'The access token is missing, invalid or expired.',
  forbidden: 'You are not allowed to do this.',
  csrf_rejected: 'The request was refused as a possible cross-site request forgery.',
  not_found: 'Not found.',
  method_not_allowed: 'This method is not allowed here.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'The request body must be application/json.',
  rate_limited: 'Too many attempts. Try again later.',
  internal_error: 'Something went wrong.',
  store_unavailable: 'A backing store is unavailable. Try again shortly.',
  jwks_unavailable: "The signer's public keys cannot be fetched. Try again shortly.",
};

const CODE_BY_STATUS: ReadonlyMap<number, HttpErrorCode> = new Map([
  [400, 'validation_failed'],
  [401, 'unauthenticated'],
  [403, 'forbidden'],
  [404, 'not_found'],
  [405, 'method_not_allowed'],
  [413, 'payload_too_large'],
  [415, 'unsupported_media_type'],
  [429, 'rate_limited'],
  [503, 'store_unavailable'],
]);

interface ErrorResponse {
  status: number;
  code: HttpErrorCode;
  message: string;
  headers: Record<string, string>;
}

interface KoaStyleError {
  status?: unknown;
  statusCode?: unknown;
  headers?: unknown;
}

function statusOf(error: KoaStyleError): number | undefined {
  const status = error.status ?? error.statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : undefined;
}

/** Only headers a client needs to act on are carried over from foreign errors. */
function passThroughHeaders(error: KoaStyleError): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof error.headers !== 'object' || error.headers === null) return headers;
  for (const [name, value] of Object.entries(error.headers)) {
    const lower = name.toLowerCase();
    if ((lower === 'allow' || lower === 'retry-after') && typeof value === 'string') {
      headers[name] = value;
    }
  }
  return headers;
}

export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      code: error.code,
      message: error.expose ? error.message : GENERIC_MESSAGES[error.code],
      headers: error.headers,
    };
  }
  const status =
    typeof error === 'object' && error !== null ? statusOf(error as KoaStyleError) : undefined;
  if (status === undefined || status >= 500) {
    return {
      status: 500,
      code: 'internal_error',
      message: GENERIC_MESSAGES.internal_error,
      headers: {},
    };
  }
  const code = CODE_BY_STATUS.get(status) ?? 'validation_failed';
  return {
    status,
    code,
    message: GENERIC_MESSAGES[code],
    headers: passThroughHeaders(error as KoaStyleError),
  };
}

function writeError(ctx: Context, response: ErrorResponse): void {
  ctx.status = response.status;
  ctx.set(response.headers);
  ctx.body = { error: { code: response.code, message: response.message } };
}

export function handleErrors(): Middleware {
  return async function handleErrorsMiddleware(ctx, next) {
    try {
      await next();
      // No route answered (Koa's default 404), or a router set 405 without a body: answer in
      // the same JSON shape as every other error. Headers already set (e.g. Allow) are kept.
      if (ctx.body == null && ctx.status >= 400) {
        writeError(ctx, toErrorResponse({ status: ctx.status }));
      }
    } catch (error) {
      const response = toErrorResponse(error);
      // Logged with its stack on the server, through the app's central 'error' listener.
      if (response.status >= 500) ctx.app.emit('error', error, ctx);
      if (ctx.headerSent) return;
      writeError(ctx, response);
    }
  };
}

/**
 * The app's `error` listener: what `handleErrors()` emits (5xx only). A store outage is logged once
 * by the Redis client, so a line per refused request would only drown it; anything else is a bug
 * worth an error line.
 */
export function logAppErrors(logger: Logger): (error: unknown) => void {
  return (error) => {
    if (error instanceof StoreUnavailableError) logger.debug('store unavailable');
    else logger.error('unexpected error', { error });
  };
}
