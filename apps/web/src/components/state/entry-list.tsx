/**
 * A store's entries, the ones that matter to this page first: the store keeps everyone's sessions
 * and families (other tabs, other tests, the admin console), so the first few are shown and the
 * rest fold away.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

export const SHOWN_ENTRIES = 3;

export interface Entry {
  readonly key: string;
  /** Higher first; 0 for entries unrelated to this page. */
  readonly relevance: number;
  readonly content: ReactNode;
}

interface EntryListProps {
  readonly entries: readonly Entry[];
  /** What the panel says when the store holds nothing of this kind. */
  readonly empty: string;
}

export function EntryList({ entries, empty }: EntryListProps) {
  const { t } = useI18n();
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  const sorted = [...entries].sort((a, b) => b.relevance - a.relevance);
  const shown = sorted.slice(0, SHOWN_ENTRIES);
  const folded = sorted.slice(SHOWN_ENTRIES);
  return (
    <>
      <ul className="plain-list entries">
        {shown.map((entry) => (
          <li key={entry.key} className="entry">
            {entry.content}
          </li>
        ))}
      </ul>
      {folded.length > 0 ? (
        <details className="entries__more">
          <summary>{t('state.moreEntries', { count: folded.length })}</summary>
          <ul className="plain-list entries">
            {folded.map((entry) => (
              <li key={entry.key} className="entry">
                {entry.content}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** Says that the server cut the list (it sends at most a fixed number of entries per kind). */
export function TruncatedNote(props: { truncated: boolean | undefined; count: number }) {
  const { truncated, count } = props;
  const { t } = useI18n();
  if (truncated !== true) return null;
  return <p className="muted small">{t('state.listTruncated', { count })}</p>;
}
