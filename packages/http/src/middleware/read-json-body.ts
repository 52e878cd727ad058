/**
 * Reads a JSON request body defensively, before any route sees it. The reading and parsing are
 * @koa/bodyparser's (co-body, raw-body and @hapi/bourne underneath); around it, this file decides
 * what an authentication API accepts and which error each refusal gets.
 *
 * - Only `application/json` (UTF-8) is accepted for a non-empty body: 415 otherwise. An HTML form
 *   (`application/x-www-form-urlencoded`, `multipart/form-data`) or `text/plain` is exactly what a
 *   cross-site page can send without a CORS preflight, so refusing them also closes that CSRF path.
 *   (The parser alone would skip them silently, and would take other JSON types such as
 *   `application/vnd.api+json`.)
 * - At most `limitBytes` (16 KiB) are read: 413 as soon as the limit is passed, or up front when
 *   `Content-Length` already says so; the response carries `Connection: close`.
 * - A `Content-Encoding` (gzip, br…) → 415, as RFC 9110 §8.4 allows. The parser would inflate it;
 *   login bodies are tiny, and refusing means no decompression work and no corrupt-stream errors.
 * - Malformed JSON → 400 `invalid_json`; so is a body that is not UTF-8. The parser decodes with
 *   replacement (a bad byte becomes U+FFFD), so the text is refused when it holds a literal U+FFFD
 *   — a broken encoding upstream, or a character no credential needs.
 * - Valid JSON the API refuses → 400 `validation_failed`:
 *   control characters (NUL, C0, DEL) in keys or strings — the check no parser option offers —,
 *   nesting deeper than `MAX_JSON_DEPTH`, the keys `__proto__`, `constructor`, `prototype`
 *   (prototype pollution, should the body ever be merged into an object; bourne refuses the worst
 *   of them while parsing) and a top-level value that is not an object or array (strict mode).
 * - An empty body is `{}`; safe methods never read a body.
 *
 * Reference: OWASP Input Validation Cheat Sheet; OWASP CSRF Prevention Cheat Sheet, "Employing
 * Custom Request Headers for AJAX/API" (simple requests); RFC 8259 §8.1 ("JSON text exchanged
 * between systems … MUST be encoded using UTF-8"); RFC 9110 §8.4 (content codings), §15.5.14
 * (413), §15.5.16 (415); @koa/bodyparser README (options); raw-body README, "Errors" (`type`s).
 */
import { bodyParser } from '@koa/bodyparser';
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

const METHODS_WITH_BODY = ['POST', 'PUT', 'PATCH', 'DELETE'];
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const REPLACEMENT_CHARACTER = '\ufffd';

export interface ReadJsonBodyOptions {
  limitBytes?: number;
}

function hasBody(ctx: Context): boolean {
  const length = ctx.request.length;
  if (length !== undefined) return length > 0;
  return ctx.get('Transfer-Encoding') !== '';
}

function isUncompressedJson(ctx: Context): boolean {
  const charset = ctx.request.charset.toLowerCase();
  const encoding = ctx.get('Content-Encoding').toLowerCase();
  return (
    ctx.request.type === 'application/json' &&
    (charset === '' || charset === 'utf-8') &&
    (encoding === '' || encoding === 'identity')
  );
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

function isJsonText(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The parser's errors carry a `type` (raw-body) or are a `SyntaxError` with the text as `body`
 * (co-body). A SyntaxError over text that `JSON.parse` accepts is bourne refusing a prototype key,
 * or strict mode refusing a bare value: valid JSON, refused content.
 */
function toHttpError(ctx: Context, error: unknown): unknown {
  const { type, body } = error as { type?: unknown; body?: unknown };
  if (type === 'entity.too.large') {
    ctx.set('Connection', 'close');
    return new PayloadTooLargeError();
  }
  if (error instanceof SyntaxError) {
    return isJsonText(body)
      ? new ValidationError('The request body is not valid: this JSON value is not allowed.')
      : new InvalidJsonError();
  }
  return error;
}

export function readJsonBody(options: ReadJsonBodyOptions = {}): Middleware {
  const parse = bodyParser({
    enableTypes: ['json'],
    jsonLimit: options.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    parsedMethods: METHODS_WITH_BODY,
    // onError gets the parser's errors only: a try/catch around `parse` would get the routes'.
    onError: (error, ctx) => {
      throw toHttpError(ctx, error);
    },
  });
  const checkBody = (ctx: Context, next: Next) => {
    if (ctx.request.rawBody?.includes(REPLACEMENT_CHARACTER)) {
      throw new InvalidJsonError('The request body is not valid UTF-8.');
    }
    const problem = findProblem(ctx.request.body, 1);
    if (problem !== null) throw new ValidationError(`The request body is not valid: ${problem}.`);
    return next();
  };
  return function readJsonBodyMiddleware(ctx, next) {
    // Most requests (every GET) have no body: they pass on without the parser's promise.
    if (!METHODS_WITH_BODY.includes(ctx.method) || !hasBody(ctx)) {
      ctx.request.body = {};
      return next();
    }
    if (!isUncompressedJson(ctx)) throw new UnsupportedMediaTypeError();
    return parse(ctx, () => checkBody(ctx, next));
  };
}
