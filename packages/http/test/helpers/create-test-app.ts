/**
 * A tiny Koa app with the middleware stack the APIs use (trace → security headers → errors →
 * body), plus the handler under test. Errors emitted for logging are collected, not printed.
 */
import Koa, { type Middleware } from 'koa';
import { handleErrors } from '../../src/middleware/handle-errors.ts';
import { readJsonBody } from '../../src/middleware/read-json-body.ts';
import { setSecurityHeaders } from '../../src/middleware/set-security-headers.ts';
import { traceSteps } from '../../src/trace.ts';

export interface TestApp {
  app: Koa;
  emittedErrors: unknown[];
}

export function createTestApp(...handlers: Middleware[]): TestApp {
  const app = new Koa();
  const emittedErrors: unknown[] = [];
  app.on('error', (error: unknown) => emittedErrors.push(error));
  app.use(traceSteps({ durations: true }));
  app.use(setSecurityHeaders({ instanceId: 'test-1' }));
  app.use(handleErrors());
  app.use(readJsonBody());
  for (const handler of handlers) app.use(handler);
  return { app, emittedErrors };
}
