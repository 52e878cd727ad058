/** One request, or ten at once — ten concurrent 401s must still cause exactly one refresh. */
import { useI18n } from '../../i18n/i18n.tsx';

export const CONCURRENT_REQUESTS = 10;

interface ConcurrencyPickerProps {
  readonly value: number;
  readonly onChange: (requests: number) => void;
}

export function ConcurrencyPicker({ value, onChange }: ConcurrencyPickerProps) {
  const { t } = useI18n();
  return (
    <fieldset className="option-group">
      <legend>{t('refresh.legend')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value === CONCURRENT_REQUESTS}
          onChange={(event) => onChange(event.target.checked ? CONCURRENT_REQUESTS : 1)}
        />
        {t('refresh.concurrent', { count: CONCURRENT_REQUESTS })}
      </label>
      <p className="small muted">{t('refresh.note')}</p>
    </fieldset>
  );
}
