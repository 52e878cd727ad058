/**
 * The errors an authlab API answers with, one class per failure.
 *
 * Each carries a stable `code` (clients and tests branch on it, never on the message), the HTTP
 * `status`, and Koa's `expose` flag: exposed messages are written for the client and say nothing
 * an attacker could use (no "user not found" vs "wrong password", no stack, no echoed input).
 * `handleErrors()` turns them into `{ "error": { "code", "message" } }`.
 *
 * Reference: docs/reference/http-api.md (Conventions); OWASP Error Handling Cheat Sheet;
 * OWASP Authentication Cheat Sheet, "Authentication and Error Messages"; RFC 9110 §15.
 */

export type HttpErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'invalid_credentials'
  | 'unauthenticated'
  | 'invalid_token'
  | 'forbidden'
  | 'csrf_rejected'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal_error'
  | 'store_unavailable'
  | 'jwks_unavailable';

export interface HttpErrorOptions {
  headers?: Record<string, string>;
  cause?: unknown;
  /** Defaults to Koa's rule: 4xx messages are shown, 5xx are replaced by a generic one. */
  expose?: boolean;
}

export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly status: number;
  /** Koa's convention: only exposed errors show their message to the client. */
  readonly expose: boolean;
  readonly headers: Record<string, string>;

  constructor(
    code: HttpErrorCode,
    status: number,
    message: string,
    options: HttpErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.expose = options.expose ?? status < 500;
    this.headers = options.headers ?? {};
  }
}

export class InvalidJsonError extends HttpError {
  constructor(message = 'The request body is not valid JSON.') {
    super('invalid_json', 400, message);
  }
}

export class ValidationError extends HttpError {
  constructor(message = 'The request is not valid.') {
    super('validation_failed', 400, message);
  }
}

/** One message for unknown email, wrong password and disabled account (no user enumeration). */
export class InvalidCredentialsError extends HttpError {
  constructor(message = 'Email or password is incorrect.') {
    super('invalid_credentials', 401, message);
  }
}

export class UnauthenticatedError extends HttpError {
  constructor(message = 'You are not signed in.') {
    super('unauthenticated', 401, message);
  }
}

/**
 * RFC 6750 §3: a rejected bearer token is answered with 401 and
 * `WWW-Authenticate: Bearer error="invalid_token"`. The reason (expired, bad signature, revoked)
 * stays in the server trace, not in the response.
 */
export class InvalidTokenError extends HttpError {
  constructor(message = 'The access token is missing, invalid or expired.') {
    super('invalid_token', 401, message, {
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    });
  }
}

export class ForbiddenError extends HttpError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', 403, message);
  }
}

export class CsrfRejectedError extends HttpError {
  constructor(message = 'The request was refused as a possible cross-site request forgery.') {
    super('csrf_rejected', 403, message);
  }
}

export class NotFoundError extends HttpError {
  constructor(message = 'Not found.') {
    super('not_found', 404, message);
  }
}

export class MethodNotAllowedError extends HttpError {
  constructor(message = 'This method is not allowed here.') {
    super('method_not_allowed', 405, message);
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(message = 'The request body is too large.') {
    super('payload_too_large', 413, message);
  }
}

export class UnsupportedMediaTypeError extends HttpError {
  constructor(message = 'The request body must be application/json.') {
    super('unsupported_media_type', 415, message);
  }
}

/** RFC 6585 §4: 429 "MAY include a Retry-After header indicating how long to wait". */
export class RateLimitedError extends HttpError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super('rate_limited', 429, 'Too many attempts. Try again later.', {
      headers: { 'Retry-After': String(seconds) },
    });
    this.retryAfterSeconds = seconds;
  }
}

/**
 * The session or revocation store could not be reached. Failing closed (503) rather than
 * treating "store down" as "not revoked" is the secure default: OWASP Error Handling, "fail securely".
 * `expose` stays true so the client sees the stable message; the cause is only logged.
 */
export class StoreUnavailableError extends HttpError {
  constructor(cause?: unknown) {
    super('store_unavailable', 503, 'A backing store is unavailable. Try again shortly.', {
      headers: { 'Retry-After': '1' },
      cause,
      expose: true,
    });
  }
}

/**
 * A verifier could not fetch the signer's public keys (JWKS): unreachable, too slow, or an answer
 * with no usable key. Like a store outage it fails closed — a token that cannot be checked is
 * never accepted — and it is not the token's fault, so it is a 503, not a 401.
 */
export class JwksUnavailableError extends HttpError {
  constructor(cause?: unknown) {
    super(
      'jwks_unavailable',
      503,
      "The signer's public keys cannot be fetched. Try again shortly.",
      {
        headers: { 'Retry-After': '1' },
        cause,
        expose: true,
      },
    );
  }
}

export class InternalError extends HttpError {
  constructor(cause?: unknown) {
    super('internal_error', 500, 'Something went wrong.', { cause });
  }
}
