/**
 * Validating a request body against a zod schema, and a numeric id in a path, at the HTTP boundary.
 *
 * On failure the error names the fields that are wrong (`email`, `password`) and never echoes
 * their values: a rejected body may hold a password, and echoing input back is how reflected
 * injection starts.
 *
 * A path id that cannot name anything (`/admin/users/abc`, `/admin/users/0`, 20 digits) is 404
 * not_found, like an id that names nothing: the path is the resource's name, and a malformed name
 * is simply not found. The allow-list (1 to 15 digits, no leading zero) keeps it a safe integer.
 *
 * Reference: OWASP Input Validation Cheat Sheet ("allow-list", "syntactic and semantic validity");
 * OWASP Error Handling Cheat Sheet.
 */
import type { z } from 'zod';
import { NotFoundError, ValidationError } from './errors.ts';

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(body)';
  return path.map((segment) => String(segment)).join('.');
}

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((issue) => describePath(issue.path)))];
  throw new ValidationError(`Invalid or missing fields: ${fields.join(', ')}.`);
}

const ID_PARAM_PATTERN = /^[1-9][0-9]{0,14}$/;

/** `ctx.params.id` → a positive integer, or `NotFoundError` (404). */
export function parseIdParam(value: string | undefined): number {
  if (value === undefined || !ID_PARAM_PATTERN.test(value)) throw new NotFoundError();
  return Number(value);
}
