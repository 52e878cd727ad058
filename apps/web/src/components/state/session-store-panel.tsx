/**
 * The session API's store, as its lab view lists it: one entry per live session, with its
 * deadlines (idle, sliding; absolute, from login). The entry this browser's cookie points at comes
 * first and says so — the cookie is only a key into this store.
 *
 * Reference: OWASP Session Management Cheat Sheet ("Session Expiration").
 */
import { useI18n } from '../../i18n/i18n.tsx';
import type { LabState } from '../../lib/api-types.ts';
import type { Browser } from '../../lib/cookie-paths.ts';
import { EntryList, TruncatedNote } from './entry-list.tsx';
import { KeyValueList, Panel } from './panel.tsx';
import { OwnerChip, Time } from './server-facts.tsx';

interface SessionStorePanelProps {
  readonly state: LabState;
  /** Shortened session ids the page's cookie jars hold, by browser. */
  readonly ownSessions: ReadonlyMap<string, Browser>;
}

export function SessionStorePanel({ state, ownSessions }: SessionStorePanelProps) {
  const { t } = useI18n();
  const sessions = state.sessions ?? [];
  return (
    <Panel
      title={t('state.sessionStore', { count: sessions.length })}
      icon="▦"
      testId="session-store"
    >
      <EntryList
        empty={t('state.noSessions')}
        entries={sessions.map((session) => {
          const owner = ownSessions.get(session.id);
          return {
            key: session.id,
            relevance: owner === 'main' ? 2 : owner === 'admin' ? 1 : 0,
            content: (
              <div data-session-id={session.id}>
                {owner !== undefined ? (
                  <OwnerChip
                    label={t(
                      owner === 'main' ? 'state.thisBrowsersSession' : 'state.adminConsolesSession',
                    )}
                  />
                ) : null}
                <KeyValueList
                  entries={[
                    [t('state.sessionId'), <code key="id">{session.id}</code>],
                    ['user_id', String(session.user_id)],
                    [t('state.lastSeen'), <Time key="seen" value={session.last_seen_at} />],
                    [t('state.idleExpires'), <Time key="idle" value={session.idle_expires_at} />],
                    [
                      t('state.absoluteExpires'),
                      <Time key="abs" value={session.absolute_expires_at} />,
                    ],
                  ]}
                />
              </div>
            ),
          };
        })}
      />
      <TruncatedNote truncated={state.truncated?.sessions} count={sessions.length} />
    </Panel>
  );
}
