/**
 * The failures of the users package, one class each, with a stable `code` to assert on and
 * branch on (the message is for people and may change).
 *
 * Each error carries `status` and `expose` the way Koa's `ctx.throw` and http-errors do, so an
 * HTTP boundary can map it without a lookup table. "Who is this?" questions do not throw:
 * `verifyCredentials` and `findUserById` answer `null`.
 *
 * Reference: OWASP Authentication Cheat Sheet, "Authentication and Error Messages".
 */

export type UsersErrorCode = 'email_taken' | 'invalid_input' | 'user_not_found';

export class UsersError extends Error {
  readonly code: UsersErrorCode;
  readonly status: number;
  readonly expose: boolean;

  constructor(code: UsersErrorCode, status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.expose = status < 500;
  }
}

/**
 * Saying "taken" reveals that an account exists. That is acceptable here because only an
 * administrator (or a test) creates users; a public sign-up form should answer the same way
 * for new and existing emails and tell the owner by email instead (OWASP Authentication Cheat
 * Sheet, "Account Creation").
 */
export class EmailTakenError extends UsersError {
  constructor(options?: ErrorOptions) {
    super('email_taken', 409, 'A user with this email already exists.', options);
  }
}

/** Lists the offending field paths, never their values: a value may be a password. */
export class InvalidUserInputError extends UsersError {
  readonly fields: readonly string[];

  constructor(fields: readonly string[]) {
    super('invalid_input', 400, `Invalid user input: ${fields.join(', ') || 'input'}.`);
    this.fields = fields;
  }
}

export class UserNotFoundError extends UsersError {
  constructor(id: number) {
    super('user_not_found', 404, `No user with id ${id}.`);
  }
}
