/** Renders a component inside the i18n provider, in English unless told otherwise. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider, type Language } from '../../src/i18n/i18n.tsx';

export function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  return render(<I18nProvider initial={language}>{ui}</I18nProvider>);
}
