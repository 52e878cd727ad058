/**
 * "Where state lives", for one column, at the step the cursor is on: the browser side (cookie jar,
 * localStorage, memory, the Authorization header in flight) and the server side (session store,
 * or the JWT API's revocation state) plus the users table row.
 */

import { useI18n } from '../../i18n/i18n.tsx';
import type { Side } from '../../lib/api-types.ts';
import type { Browser } from '../../lib/cookie-paths.ts';
import { decodeJwt } from '../../lib/jwt-decode.ts';
import type { StateSnapshot } from '../../lib/run-store.ts';
import { AuthorizationPanel, LocalStoragePanel, MemoryPanel } from './browser-storage-panels.tsx';
import { CookieJarPanel } from './cookie-jar-panel.tsx';
import { RevocationPanels } from './revocation-panels.tsx';
import { ServerClockLine, UserRowPanel } from './server-facts.tsx';
import { SessionStorePanel } from './session-store-panel.tsx';

interface StatePanelsProps {
  readonly side: Side;
  readonly snapshot: StateSnapshot;
}

/** Which store entries belong to this page: its session cookies' store keys, its token's family. */
function findOwnEntries(client: StateSnapshot['client']) {
  const ownSessions = new Map<string, Browser>();
  for (const cookie of client.cookieJar) {
    if (cookie.name === 'authlab.sid' && cookie.storeKey !== undefined)
      ownSessions.set(cookie.storeKey, cookie.browser);
  }
  const token = client.memory.accessToken ?? client.localStorage.access_token;
  const fid = token === undefined ? undefined : decodeJwt(token).payload.value?.fid;
  return { ownSessions, ownFamilyId: typeof fid === 'string' ? fid : null };
}

export function StatePanels({ side, snapshot }: StatePanelsProps) {
  const { t } = useI18n();
  const { client, server } = snapshot;
  const user = server?.user?.id === client.userId ? server.user : null;
  const { ownSessions, ownFamilyId } = findOwnEntries(client);
  return (
    <div className="state" data-side={side}>
      <div className="state__group">
        <h4 className="state__group-title">{t('state.browserSide')}</h4>
        <CookieJarPanel cookies={client.cookieJar} />
        <LocalStoragePanel entries={client.localStorage} />
        <MemoryPanel memory={client.memory} />
        <AuthorizationPanel authorization={client.authorization} />
      </div>
      <div className="state__group">
        <h4 className="state__group-title">{t('state.serverSide')}</h4>
        {server === null ? (
          <p className="muted">{t('state.labUnavailable')}</p>
        ) : (
          <>
            <ServerClockLine state={server} />
            {side === 'session' ? (
              <SessionStorePanel state={server} ownSessions={ownSessions} />
            ) : (
              <RevocationPanels state={server} ownFamilyId={ownFamilyId} />
            )}
            <UserRowPanel user={user} />
          </>
        )}
      </div>
    </div>
  );
}
