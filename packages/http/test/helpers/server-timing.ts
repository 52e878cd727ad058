import { parseServerTiming, type ServerTimingEntry } from '@authlab/flows/server-timing';
import type { Response } from 'supertest';

/** The steps a response reported; `[]` when it carried no Server-Timing header. */
export function serverTimingOf(response: Response): ServerTimingEntry[] {
  return parseServerTiming(response.headers['server-timing'] ?? '');
}
