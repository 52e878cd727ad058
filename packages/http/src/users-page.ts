/**
 * The paging contract of `GET /users` on both APIs: `?limit=1..100&cursor=<opaque>` in,
 * `{ users, next_cursor, total }` out.
 *
 * Teaches: a list endpoint whose cost does not grow with the table. Keyset (cursor) pagination
 * asks the database for "the next N after this id", which an index answers in the same time on
 * page 1 and on page 1 000; OFFSET would read and skip every earlier row. The cursor is opaque
 * (base64url) so clients pass it back instead of building it, and the server may change what is
 * inside. A cursor that does not decode is a 400 `invalid_input`, like any other bad field.
 *
 * Reference: OWASP API Security Top 10 2023, API4 ("Unrestricted Resource Consumption": cap page
 * sizes); RFC 4648 §5 (base64url); docs/reference/http-api.md, "GET /users".
 */
import { z } from 'zod';
import { parseBody } from './validate.ts';

export const DEFAULT_USERS_PAGE_SIZE = 50;
export const MAX_USERS_PAGE_SIZE = 100;

const CURSOR_PATTERN = /^after:([1-9][0-9]{0,14})$/;

export function encodeUsersCursor(afterId: number): string {
  return Buffer.from(`after:${afterId}`).toString('base64url');
}

const usersPageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_USERS_PAGE_SIZE).default(DEFAULT_USERS_PAGE_SIZE),
  cursor: z
    .string()
    .max(64)
    .transform((cursor, context) => {
      const match = CURSOR_PATTERN.exec(Buffer.from(cursor, 'base64url').toString());
      if (match?.[1] === undefined) {
        context.addIssue({ code: 'custom', message: 'not a cursor this API issued' });
        return z.NEVER;
      }
      return Number(match[1]);
    })
    .optional(),
});

export interface UsersPageQuery {
  readonly afterId: number;
  readonly limit: number;
}

/** `ctx.query` → where the page starts and how long it is; 400 `invalid_input` otherwise. */
export function parseUsersPageQuery(query: unknown): UsersPageQuery {
  const { limit, cursor } = parseBody(usersPageQuerySchema, query);
  return { afterId: cursor ?? 0, limit };
}

export interface UsersPageBody<T> {
  readonly users: readonly T[];
  readonly next_cursor: string | null;
  readonly total: number;
}

export function toUsersPageBody<T>(
  users: readonly T[],
  nextAfterId: number | null,
  total: number,
): UsersPageBody<T> {
  return {
    users,
    next_cursor: nextAfterId === null ? null : encodeUsersCursor(nextAfterId),
    total,
  };
}
