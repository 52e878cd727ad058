/** The scenario bar's scenarios, in teaching order (document 004's sections). */
import { expiryScenario } from '../features/expiry/expiry-scenario.ts';
import { loginScenario } from '../features/login/login-scenario.ts';
import { logoutScenario } from '../features/logout/logout-scenario.ts';
import { protectedRequestScenario } from '../features/protected-request/protected-request-scenario.ts';
import { revocationScenario } from '../features/revocation/revocation-scenario.ts';
import { tokenRefreshScenario } from '../features/token-refresh/token-refresh-scenario.ts';
import type { Scenario, ScenarioOptions } from '../lib/scenario.ts';
import type { ScenarioId } from '../lib/scenario-id.ts';

export const SCENARIOS: readonly Scenario[] = [
  loginScenario,
  protectedRequestScenario,
  tokenRefreshScenario,
  logoutScenario,
  revocationScenario,
  expiryScenario,
];

export function findScenario(id: ScenarioId): Scenario {
  return SCENARIOS.find((scenario) => scenario.id === id) ?? loginScenario;
}

export const DEFAULT_OPTIONS: ScenarioOptions = {
  credentials: { email: 'john@example.com', password: 'john-demo-pass' },
  tokenStorage: 'memory',
  logoutMode: 'server',
  revocation: 'end-sessions',
  refreshRequests: 1,
};
