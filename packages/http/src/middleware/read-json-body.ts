/**
 * Reads a JSON request body defensively, before any route sees it.
 *
 * - Only `application/json` (UTF-8) is accepted for a non-empty body: 415 otherwise. An HTML form
 *   (`application/x-www-form-urlencoded`, `multipart/form-data`) or `text/plain` is exactly what a
 *   cross-site page can send without a CORS preflight, so refusing them also closes that CSRF path.
 * - At most `limitBytes` (16 KiB) are read: 413 as soon as the limit is passed, or up front when
 *   `Content-Length` already says so. The connection is then closed, not drained.
 * - Malformed JSON → 400 `invalid_json`. Control characters (NUL, C0, DEL) in keys or strings,
 *   nesting deeper than `MAX_JSON_DEPTH`, and the keys `__proto__`, `constructor`, `prototype`
 *   (prototype pollution, should the body ever be merged into an object) → 400 `validation_failed`.
 * - An empty body is `{}`; safe methods never read a body.
 *
 * Reference: OWASP Input Validation Cheat Sheet; OWASP CSRF Prevention Cheat Sheet, "Employing
 * Custom Request Headers for AJAX/API" (simple requests); RFC 8259 §8.1 ("JSON text exchanged
 * between systems … MUST be encoded using UTF-8"); RFC 9110 §15.5.14 (413), §15.5.16 (415).
 */
import type { IncomingMessage } from 'node:http';
import type { Context, Middleware, Next } from 'koa';
import {
  InvalidJsonError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../errors.ts';

declare module 'koa' {
  interface Request {
    /** The parsed JSON body set by `readJsonBody()`: validate it with `parseBody()` before use. */
    body?: unknown;
  }
}

export const DEFAULT_BODY_LIMIT_BYTES = 16 * 1024;
export const MAX_JSON_DEPTH = 20;

const METHODS_WITH_BODY: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export interface ReadJsonBodyOptions {
  limitBytes?: number;
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

function isJsonContentType(ctx: Context): boolean {
  const charset = ctx.request.charset.toLowerCase();
  return ctx.request.type === 'application/json' && (charset === '' || charset === 'utf-8');
}

function readLimited(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let receivedBytes = 0;
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
    };
    const onData = (chunk: Buffer) => {
      receivedBytes += chunk.length;
      if (receivedBytes > limitBytes) {
        cleanUp();
        // Stop reading; the response carries `Connection: close`, so the rest is never read.
        req.pause();
        reject(new PayloadTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, receivedBytes));
    };
    const onError = (error?: unknown) => {
      cleanUp();
      reject(error instanceof Error ? error : new Error('The request was aborted.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/** Depth-first check of every key and string; stops at the first problem. */
function findProblem(value: unknown, depth: number): string | null {
  if (typeof value === 'string') {
    return CONTROL_CHARACTERS.test(value) ? 'control characters are not allowed' : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_JSON_DEPTH) return 'the body is nested too deeply';
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = findProblem(item, depth + 1);
      if (problem !== null) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `the key "${key}" is not allowed`;
    if (CONTROL_CHARACTERS.test(key)) return 'control characters are not allowed';
    const problem = findProblem(item, depth + 1);
    if (problem !== null) return problem;
  }
  return null;
}

export function parseJsonText(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidJsonError();
  }
  const problem = findProblem(value, 1);
  if (problem !== null) throw new ValidationError(`The request body is not valid: ${problem}.`);
  return value;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

async function readBodyAndContinue(ctx: Context, next: Next, limitBytes: number): Promise<unknown> {
  if (!isJsonContentType(ctx)) throw new UnsupportedMediaTypeError();
  const declaredLength = ctx.request.length;
  if (declaredLength !== undefined && declaredLength > limitBytes) {
    ctx.set('Connection', 'close');
    throw new PayloadTooLargeError();
  }
  let raw: Buffer;
  try {
    raw = await readLimited(ctx.req, limitBytes);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) ctx.set('Connection', 'close');
    throw error;
  }
  if (raw.length === 0) {
    ctx.request.body = {};
    return next();
  }
  let text: string;
  try {
    text = utf8Decoder.decode(raw);
  } catch {
    throw new InvalidJsonError('The request body is not valid UTF-8.');
  }
  ctx.request.body = parseJsonText(text);
  return next();
}

export function readJsonBody(options: ReadJsonBodyOptions = {}): Middleware {
  const limitBytes = options.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  // Most requests (every GET) have no body: they pass on without the async reader's promise.
  return function readJsonBodyMiddleware(ctx, next) {
    if (!METHODS_WITH_BODY.has(ctx.method) || !hasBody(ctx.req)) {
      ctx.request.body = {};
      return next();
    }
    return readBodyAndContinue(ctx, next, limitBytes);
  };
}
