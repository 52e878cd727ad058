/**
 * A scenario: one action of the scenario bar, played against the session API and the JWT API.
 * Each feature folder defines one; the app runs it on one side or on both at once. Which flows of
 * `@authlab/flows` a run is drawn against depends on the side and the chosen modes.
 */
import type { JwtLab } from './jwt-lab.ts';
import type { ScenarioId } from './scenario-id.ts';
import type { SessionLab } from './session-lab.ts';
import type { TokenStorageMode } from './token-storage.ts';

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

export type LogoutMode = 'server' | 'client-only';
export type RevocationVariant = 'end-sessions' | 'disable-account' | 'replay-after-logout';

export interface ScenarioOptions {
  readonly credentials: Credentials;
  readonly tokenStorage: TokenStorageMode;
  readonly logoutMode: LogoutMode;
  readonly revocation: RevocationVariant;
  /** How many protected requests the token-refresh scenario sends at once (1, or 10). */
  readonly refreshRequests: number;
}

export interface Scenario {
  readonly id: ScenarioId;
  /**
   * Both APIs read one users table. A scenario that changes a user there (disabling Jane) would
   * disturb the other side's run if both ran at once, so "run on both" plays them one after the
   * other.
   */
  runSidesInTurn?(options: ScenarioOptions): boolean;
  sessionFlowIds(options: ScenarioOptions): readonly string[];
  jwtFlowIds(options: ScenarioOptions): readonly string[];
  runSession(lab: SessionLab, options: ScenarioOptions): Promise<void>;
  runJwt(lab: JwtLab, options: ScenarioOptions): Promise<void>;
}

/** The seeded demo users (packages/users); shown on the login form. */
export const DEMO_USERS = [
  { email: 'john@example.com', password: 'john-demo-pass', role: 'admin', state: 'active' },
  { email: 'jane@example.com', password: 'jane-demo-pass', role: 'user', state: 'active' },
  { email: 'sam@example.com', password: 'sam-demo-pass', role: 'user', state: 'disabled' },
] as const;

export const ADMIN_CREDENTIALS: Credentials = DEMO_USERS[0];
export const VICTIM_CREDENTIALS: Credentials = DEMO_USERS[1];
