/**
 * The UI's languages: every string the app shows comes from the catalog (en.ts, vi.ts), looked up
 * by key. The choice is kept in localStorage so a reload keeps it, and mirrored on `<html lang>`
 * so screen readers pronounce the page correctly (WCAG 2.2, 3.1.1 Language of Page).
 *
 * Step texts come from `@authlab/flows`, which holds every one in both languages (a `Localized`
 * pair); `localize` picks the one the reader chose, so the VI mode shows them in Vietnamese.
 */

import type { Localized } from '@authlab/flows/localized';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { en, type MessageKey } from './en.ts';
import { vi } from './vi.ts';

export type Language = 'en' | 'vi';
export const LANGUAGES: readonly Language[] = ['en', 'vi'];
export const CATALOGS: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en,
  vi,
};

const LANGUAGE_STORAGE_KEY = 'authlab.ui.language';

export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return stored === 'vi' ? 'vi' : 'en';
  } catch {
    return 'en';
  }
}

interface I18nValue {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
  readonly localize: (text: Localized) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? readStoredLanguage());
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      t: (key, values) => formatMessage(CATALOGS[language][key] ?? key, values),
      localize: (text) => text[language],
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}
