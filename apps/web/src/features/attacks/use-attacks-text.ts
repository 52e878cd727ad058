/** The Attacks area's translate function: its own catalog, in the page's current language. */
import { formatMessage, useI18n } from '../../i18n/i18n.tsx';
import { ATTACKS_MESSAGES, type AttacksMessageKey } from './attacks-messages.ts';

export type AttacksTranslate = (
  key: AttacksMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

export function useAttacksText(): AttacksTranslate {
  const { language } = useI18n();
  return (key, values) => formatMessage(ATTACKS_MESSAGES[language][key], values);
}
