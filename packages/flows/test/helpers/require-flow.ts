import { getFlow } from '../../src/catalog.ts';
import type { Flow } from '../../src/types.ts';

export function requireFlow(id: string): Flow {
  const flow = getFlow(id);
  if (!flow) throw new Error(`no flow ${id}`);
  return flow;
}
