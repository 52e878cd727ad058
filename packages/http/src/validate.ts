/**
 * Validating a request body against a zod schema at the HTTP boundary.
 *
 * On failure the error names the fields that are wrong (`email`, `password`) and never echoes
 * their values: a rejected body may hold a password, and echoing input back is how reflected
 * injection starts.
 *
 * Reference: OWASP Input Validation Cheat Sheet ("allow-list", "syntactic and semantic validity");
 * OWASP Error Handling Cheat Sheet.
 */
import type { z } from 'zod';
import { ValidationError } from './errors.ts';

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
