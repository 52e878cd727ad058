/**
 * The ids of the scenario bar's actions. They live apart from `scenario.ts` because the run store
 * and the side labs label their runs with them, while a `Scenario` drives those labs: keeping the
 * id here lets both depend on it without depending on each other (no import cycle).
 */
export type ScenarioId =
  | 'login'
  | 'protected-request'
  | 'token-refresh'
  | 'logout'
  | 'revocation'
  | 'expiry';
