/** The view's translate function: the feature's own catalog, in the page's current language. */
import { formatMessage, useI18n } from '../../i18n/i18n.tsx';
import { CLUSTER_MESSAGES, type ClusterMessageKey } from './cluster-messages.ts';

export type ClusterTranslate = (
  key: ClusterMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

export function useClusterText(): ClusterTranslate {
  const { language } = useI18n();
  return (key, values) => formatMessage(CLUSTER_MESSAGES[language][key], values);
}
