/**
 * Where the JWT side keeps its tokens: the recommended mode by default, the documents' mode one
 * click away with a visible warning. Both work end to end.
 */
import { useI18n } from '../i18n/i18n.tsx';
import type { TokenStorageMode } from '../lib/token-storage.ts';

interface TokenStoragePickerProps {
  readonly value: TokenStorageMode;
  readonly onChange: (mode: TokenStorageMode) => void;
}

export function TokenStoragePicker({ value, onChange }: TokenStoragePickerProps) {
  const { t } = useI18n();
  return (
    <fieldset className="option-group token-storage">
      <legend>{t('storageMode.legend')}</legend>
      <label className="radio">
        <input
          type="radio"
          name="token-storage"
          value="memory"
          checked={value === 'memory'}
          onChange={() => onChange('memory')}
        />
        {t('storageMode.memory')}{' '}
        <span className="badge badge--ok">
          <span aria-hidden="true">✓</span> {t('common.recommended')}
        </span>
      </label>
      <label className="radio">
        <input
          type="radio"
          name="token-storage"
          value="local-storage"
          checked={value === 'local-storage'}
          onChange={() => onChange('local-storage')}
        />
        {t('storageMode.localStorage')}{' '}
        <span className="badge badge--warning">
          <span aria-hidden="true">⚠</span> {t('common.unsafe')}
        </span>
      </label>
      {value === 'local-storage' ? (
        <p className="warning-text" role="note" data-warning="local-storage">
          <span aria-hidden="true">⚠</span> {t('storageMode.warning')}
        </p>
      ) : null}
    </fieldset>
  );
}
