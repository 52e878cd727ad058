/**
 * The scenario bar: the credentials, which scenario to play, its options, and where to play it —
 * on both backends at once, or on one side alone.
 */
import { useId } from 'react';
import { LoginForm } from '../features/login/login-form.tsx';
import { LogoutModePicker } from '../features/logout/logout-mode-picker.tsx';
import { RevocationVariantPicker } from '../features/revocation/revocation-variant-picker.tsx';
import { ConcurrencyPicker } from '../features/token-refresh/concurrency-picker.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { Side } from '../lib/api-types.ts';
import type { ScenarioOptions } from '../lib/scenario.ts';
import type { ScenarioId } from '../lib/scenario-id.ts';
import { SCENARIOS } from './scenarios.ts';

interface ScenarioBarProps {
  readonly scenarioId: ScenarioId;
  readonly onScenarioChange: (id: ScenarioId) => void;
  readonly options: ScenarioOptions;
  readonly onOptionsChange: (options: ScenarioOptions) => void;
  readonly available: Readonly<Record<Side, boolean>>;
  readonly onRun: (sides: readonly Side[]) => void;
}

function ScenarioOptionsFor({
  scenarioId,
  options,
  onOptionsChange,
}: Pick<ScenarioBarProps, 'scenarioId' | 'options' | 'onOptionsChange'>) {
  const { t } = useI18n();
  const logoutPicker = (
    <LogoutModePicker
      value={options.logoutMode}
      onChange={(logoutMode) => onOptionsChange({ ...options, logoutMode })}
    />
  );
  switch (scenarioId) {
    case 'logout':
      return logoutPicker;
    case 'revocation':
      return (
        <>
          <RevocationVariantPicker
            value={options.revocation}
            onChange={(revocation) => onOptionsChange({ ...options, revocation })}
          />
          {options.revocation === 'replay-after-logout' ? logoutPicker : null}
        </>
      );
    case 'token-refresh':
      return (
        <ConcurrencyPicker
          value={options.refreshRequests}
          onChange={(refreshRequests) => onOptionsChange({ ...options, refreshRequests })}
        />
      );
    default:
      // Narrowed to the scenarios without options: login, protected-request, expiry.
      return <p className="small muted">{t(`scenario.${scenarioId}.hint`)}</p>;
  }
}

export function ScenarioBar({
  scenarioId,
  onScenarioChange,
  options,
  onOptionsChange,
  available,
  onRun,
}: ScenarioBarProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <form
      className="scenario-bar"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        if (available.session && available.jwt) onRun(['session', 'jwt']);
      }}
    >
      <h2 id={titleId} className="visually-hidden">
        {t('scenario.barTitle')}
      </h2>
      <LoginForm
        credentials={options.credentials}
        onChange={(credentials) => onOptionsChange({ ...options, credentials })}
      />
      <fieldset className="scenario-picker">
        <legend>{t('scenario.legend')}</legend>
        <div className="scenario-picker__options">
          {SCENARIOS.map((scenario) => (
            <label key={scenario.id} className="scenario-choice" data-scenario={scenario.id}>
              <input
                type="radio"
                name="scenario"
                value={scenario.id}
                checked={scenario.id === scenarioId}
                onChange={() => onScenarioChange(scenario.id)}
              />
              <span className="scenario-choice__label">{t(`scenario.${scenario.id}.label`)}</span>
            </label>
          ))}
        </div>
        <p className="scenario-picker__description">{t(`scenario.${scenarioId}.description`)}</p>
      </fieldset>
      <div className="scenario-bar__side">
        <div className="scenario-options">
          <ScenarioOptionsFor
            scenarioId={scenarioId}
            options={options}
            onOptionsChange={onOptionsChange}
          />
        </div>
        <div className="scenario-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!available.session || !available.jwt}
            data-action="run-both"
          >
            <span aria-hidden="true">▶</span> {t('scenario.runBoth')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => onRun(['session'])}
            disabled={!available.session}
            data-action="run-session"
          >
            {t('scenario.runSession')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => onRun(['jwt'])}
            disabled={!available.jwt}
            data-action="run-jwt"
          >
            {t('scenario.runJwt')}
          </button>
        </div>
      </div>
    </form>
  );
}
