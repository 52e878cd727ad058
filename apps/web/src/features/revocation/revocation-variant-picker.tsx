/** Which revocation the scenario shows: an admin ends Jane's sessions, disables her, or a replay. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { RevocationVariant } from '../../lib/scenario.ts';

const VARIANTS: readonly RevocationVariant[] = [
  'end-sessions',
  'disable-account',
  'replay-after-logout',
];

interface RevocationVariantPickerProps {
  readonly value: RevocationVariant;
  readonly onChange: (variant: RevocationVariant) => void;
}

export function RevocationVariantPicker({ value, onChange }: RevocationVariantPickerProps) {
  const { t } = useI18n();
  return (
    <fieldset className="option-group">
      <legend>{t('revocation.legend')}</legend>
      {VARIANTS.map((variant) => (
        <label key={variant} className="radio">
          <input
            type="radio"
            name="revocation-variant"
            value={variant}
            checked={value === variant}
            onChange={() => onChange(variant)}
          />
          {t(`revocation.variant.${variant}`)}
        </label>
      ))}
      {value !== 'replay-after-logout' ? (
        <p className="small muted">{t('revocation.setupNote')}</p>
      ) : null}
    </fieldset>
  );
}
