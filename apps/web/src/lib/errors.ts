/**
 * The web app's own failures, with a stable code the UI turns into a message (i18n
 * `run.error.<code>`). HTTP refusals are not errors here: a 401 or 403 is a lesson and is shown as
 * the step that refused.
 */

export type LabErrorCode = 'refresh_refused' | 'api_unreachable' | 'setup_failed' | 'unexpected';

export class LabError extends Error {
  constructor(
    readonly code: LabErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'LabError';
  }
}

/** `POST /refresh` was refused: the login is over and the user must sign in again. */
export class RefreshRefusedError extends LabError {
  constructor(readonly status: number) {
    super('refresh_refused', `POST /refresh answered ${status}`);
    this.name = 'RefreshRefusedError';
  }
}

/** Preparation a flow assumes (a login, a clock move) did not work, so the flow cannot be shown. */
export class SetupFailedError extends LabError {
  constructor(what: string) {
    super('setup_failed', `Setup failed: ${what}`);
    this.name = 'SetupFailedError';
  }
}
