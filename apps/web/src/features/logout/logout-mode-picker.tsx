/**
 * The logout scenario's two modes: the server-side logout (default) and the documents' client-only
 * logout, labelled as unsafe — the replayed token still works until its exp.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import type { LogoutMode } from '../../lib/scenario.ts';

interface LogoutModePickerProps {
  readonly value: LogoutMode;
  readonly onChange: (mode: LogoutMode) => void;
}

export function LogoutModePicker({ value, onChange }: LogoutModePickerProps) {
  const { t } = useI18n();
  return (
    <fieldset className="option-group">
      <legend>{t('logout.modeLegend')}</legend>
      <label className="radio">
        <input
          type="radio"
          name="logout-mode"
          value="server"
          checked={value === 'server'}
          onChange={() => onChange('server')}
        />
        {t('logout.mode.server')}
      </label>
      <label className="radio">
        <input
          type="radio"
          name="logout-mode"
          value="client-only"
          checked={value === 'client-only'}
          onChange={() => onChange('client-only')}
        />
        {t('logout.mode.clientOnly')}{' '}
        <span className="badge badge--warning">
          <span aria-hidden="true">⚠</span> {t('common.unsafe')}
        </span>
      </label>
      {value === 'client-only' ? (
        <p className="warning-text small">
          <span aria-hidden="true">⚠</span> {t('logout.clientOnlyWarning')}
        </p>
      ) : null}
    </fieldset>
  );
}
