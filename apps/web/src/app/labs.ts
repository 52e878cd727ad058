/** The two columns' clients, created once per page. */
import { createJwtLab, type JwtLab } from '../lib/jwt-lab.ts';
import { createSessionLab, type SessionLab } from '../lib/session-lab.ts';

export interface Labs {
  readonly session: SessionLab;
  readonly jwt: JwtLab;
}

export function createLabs(): Labs {
  return { session: createSessionLab(), jwt: createJwtLab() };
}
