/**
 * Which layer stopped a forged request, read from the server's own journal entry: the CSRF layer
 * it named, else the status (401: no credential came along; 2xx: it went through).
 */
import type { LabRequestEntry, Side } from '@authlab/flows/api-types';
import type { CsrfMessageKey } from './csrf-messages.ts';

export interface CsrfExplanation {
  readonly key: CsrfMessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}

export function explainCsrf(side: Side, entry: LabRequestEntry): CsrfExplanation {
  const values = { status: entry.status, origin: entry.origin ?? '—' };
  if (entry.csrf_rejection !== null) return { key: `explain.${entry.csrf_rejection}`, values };
  if (entry.status === 401) {
    return {
      key: side === 'jwt' && entry.path !== '/refresh' ? 'explain.no-bearer' : 'explain.no-cookie',
      values,
    };
  }
  if (entry.status >= 200 && entry.status < 300) return { key: 'explain.through', values };
  return { key: 'explain.other', values };
}
