/**
 * The balancer's own answers (its control API and its refusals), in the APIs' shapes: JSON,
 * `{error: {code, message}}` on failure, never cached — so the web view reads a balancer's 503
 * the same way it reads an API's.
 *
 * Reference: docs/reference/http-api.md, "Errors"; OWASP REST Security Cheat Sheet, "Security
 * headers".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  sendJson(res, status, { error: { code, message } });
}

/** A control request's body: at most 1 KiB of JSON (the only bodies are `{"enabled": true}`). */
export const MAX_CONTROL_BODY_BYTES = 1024;

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CONTROL_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
