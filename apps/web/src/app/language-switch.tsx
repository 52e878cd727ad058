/** English / Tiếng Việt, as two toggle buttons; the choice persists (see i18n.tsx). */
import { LANGUAGES, useI18n } from '../i18n/i18n.tsx';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
          data-language={option}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
