import type { Response } from 'supertest';
import { type ParsedServerTiming, parseServerTiming } from '../../src/trace.ts';

/** The steps a response reported; `[]` when it carried no Server-Timing header. */
export function serverTimingOf(response: Response): ParsedServerTiming[] {
  return parseServerTiming(response.headers['server-timing'] ?? '');
}
