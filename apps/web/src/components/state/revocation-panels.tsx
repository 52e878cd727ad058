/**
 * What the JWT API keeps although it has no sessions: the denylist of access-token jtis (until
 * their exp) and the refresh-token families (rotation, reuse detection, revocation), and how the
 * store fails closed when it loses that state. The family of the token this page holds comes first
 * and says so.
 *
 * Reference: OWASP JWT Cheat Sheet ("Token Revocation"); RFC 9700 §4.14.2.
 */

import type { LabState } from '@authlab/flows/api-types';
import { useI18n } from '../../i18n/i18n.tsx';
import { toEpochMs } from '../../lib/format.ts';
import { EntryList, TruncatedNote } from './entry-list.tsx';
import { FamilyHistory } from './family-history.tsx';
import { KeyValueList, Panel } from './panel.tsx';
import { isSameShortId, OwnerChip, Time } from './server-facts.tsx';

interface RevocationPanelsProps {
  readonly state: LabState;
  /** The `fid` claim of the access token the page holds, if any. */
  readonly ownFamilyId: string | null;
}

export function RevocationPanels({ state, ownFamilyId }: RevocationPanelsProps) {
  const { t } = useI18n();
  const denylist = state.denylist ?? [];
  const families = state.refresh_families ?? [];
  const floors = state.credential_floors ?? [];
  const keys = state.keys ?? [];
  const failClosed = state.fail_closed;
  return (
    <>
      <Panel title={t('state.sessionState')} icon="∅" testId="no-session-state">
        <p>{t('state.noSessionState')}</p>
      </Panel>
      <Panel title={t('state.denylist', { count: denylist.length })} icon="⊘" testId="denylist">
        <EntryList
          empty={t('state.empty')}
          entries={denylist.map((entry) => ({
            key: entry.jti,
            relevance: toEpochMs(entry.expires_at),
            content: (
              <span data-jti={entry.jti}>
                <code>jti {entry.jti}</code> · {t('state.until')} <Time value={entry.expires_at} />
              </span>
            ),
          }))}
        />
        <TruncatedNote truncated={state.truncated?.denylist} count={denylist.length} />
        {failClosed === undefined ? null : (
          <p className="muted small" data-testid="fail-closed-rule" data-rule={failClosed.rule}>
            {t(`state.failClosed.${failClosed.rule}`, {
              since: failClosed.refuses_issued_before ?? '',
            })}
          </p>
        )}
      </Panel>
      <Panel
        title={t('state.refreshFamilies', { count: families.length })}
        icon="⟳"
        testId="refresh-families"
      >
        <EntryList
          empty={t('state.empty')}
          entries={families.map((family) => {
            const own = ownFamilyId !== null && isSameShortId(family.id, ownFamilyId);
            return {
              key: family.id,
              relevance: own ? Number.MAX_SAFE_INTEGER : toEpochMs(family.expires_at),
              content: (
                <div data-family-id={family.id} data-revoked={family.revoked}>
                  {own ? <OwnerChip label={t('state.thisLoginsFamily')} /> : null}
                  <KeyValueList
                    entries={[
                      [t('state.family'), <code key="id">{family.id}</code>],
                      ['user_id', String(family.user_id)],
                      [t('state.currentJti'), <code key="jti">{family.current_jti}</code>],
                      [t('state.rotations'), String(family.rotations)],
                      ...(family.delivery === undefined
                        ? []
                        : ([[t('state.delivery'), family.delivery]] as const)),
                      [
                        t('state.familyStatus'),
                        family.revoked ? (
                          <span key="s" className="status status--failed">
                            <span aria-hidden="true">✗</span> {t('state.revoked')}
                            {family.revoked_reason ? ` (${family.revoked_reason})` : ''}
                          </span>
                        ) : (
                          <span key="s" className="status status--ok">
                            <span aria-hidden="true">✓</span> {t('state.live')}
                          </span>
                        ),
                      ],
                      [t('state.until'), <Time key="exp" value={family.expires_at} />],
                    ]}
                  />
                  {family.history === undefined || family.history.length === 0 ? null : (
                    <FamilyHistory history={family.history} title={t('state.familyHistory')} />
                  )}
                </div>
              ),
            };
          })}
        />
        <TruncatedNote truncated={state.truncated?.refresh_families} count={families.length} />
      </Panel>
      <Panel
        title={t('state.credentialFloors', { count: floors.length })}
        icon="⤒"
        testId="credential-floors"
      >
        <EntryList
          empty={t('state.empty')}
          entries={floors.map((floor) => ({
            key: String(floor.user_id),
            relevance: toEpochMs(floor.expires_at),
            content: (
              <span data-user-id={floor.user_id}>
                user_id {floor.user_id} · {t('state.floorVersion')} {floor.credential_version} ·{' '}
                {t('state.until')} <Time value={floor.expires_at} />
              </span>
            ),
          }))}
        />
        <TruncatedNote truncated={state.truncated?.credential_floors} count={floors.length} />
        <p className="muted small">{t('state.floorsNote')}</p>
      </Panel>
      <Panel title={t('state.signingKeys', { count: keys.length })} icon="⚷" testId="signing-keys">
        {keys.length === 0 ? (
          <p className="muted">{t('state.empty')}</p>
        ) : (
          <ul className="plain-list entries">
            {keys.map((key) => (
              <li key={key.kid} className="entry">
                <code>{key.kid}</code> · {key.alg} · {t(`state.keyKind.${key.kind}`)}
                {key.current ? ` · ${t('state.keyCurrent')}` : ''}
              </li>
            ))}
          </ul>
        )}
        <p className="muted small">{t('state.keysNote')}</p>
      </Panel>
    </>
  );
}
