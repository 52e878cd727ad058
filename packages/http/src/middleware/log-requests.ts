/**
 * One log line per request: method, path (without the query string), status, duration and the
 * instance that answered. Never headers, never bodies, never the query string: they carry cookies,
 * bearer tokens, passwords and, in query strings, sometimes tokens too.
 *
 * Mounted inside `handleErrors()`, so it sees errors on their way out and logs the status they
 * will be answered with.
 *
 * Why not pino-http: its default serializers log the request's headers (Cookie, Authorization)
 * and its full URL (query string included), so using it safely means overriding them all; what
 * remains is these few lines, which name every field they log.
 *
 * Reference: OWASP Logging Cheat Sheet, "Which events to log" and "Data to exclude".
 */
import type { Middleware } from 'koa';
import type { Logger } from '../logger.ts';
import { toErrorResponse } from './handle-errors.ts';

export interface LogRequestsOptions {
  /** Defaults to the `X-Instance-Id` response header set by `setSecurityHeaders()`. */
  instanceId?: string;
}

export function logRequests(logger: Logger, options: LogRequestsOptions = {}): Middleware {
  if (logger.level !== 'info' && logger.level !== 'debug') return (_ctx, next) => next();
  return async function logRequestsMiddleware(ctx, next) {
    const startedAt = performance.now();
    let status = 500;
    try {
      await next();
      status = ctx.status;
    } catch (error) {
      status = toErrorResponse(error).status;
      throw error;
    } finally {
      logger.info('request', {
        method: ctx.method,
        path: ctx.path,
        status,
        duration_ms: Math.round((performance.now() - startedAt) * 100) / 100,
        instance: options.instanceId ?? ctx.response.get('X-Instance-Id'),
      });
    }
  };
}
