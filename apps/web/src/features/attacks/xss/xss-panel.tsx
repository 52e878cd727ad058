/**
 * XSS by storage mode: the lab injects the attacker site's script into this page (its origin, its
 * cookies), the script reports to the collector on the other site, and then the attacker's SERVER
 * replays what it got as if the victim's tab were closed. The session column: nothing to steal,
 * only session riding while the page is open. The JWT column: both tokens stolen in the documents'
 * mode; in the recommended mode the refresh token stays unreadable, yet the script mints fresh
 * access tokens through /refresh (RFC 10017 §5.3).
 *
 * Flows (@authlab/flows): session.attack-xss, jwt.attack-xss-documents, jwt.attack-xss-memory.
 * Reference: RFC 10017 §5; OWASP XSS Prevention and HTML5 Security Cheat Sheets; docs/attacks.md.
 */

import type { LabRequestEntry } from '@authlab/flows/api-types';
import { useState } from 'react';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import {
  clearLoot,
  type LootEntry,
  readLabRequests,
  readLastRequestId,
  readLoot,
} from '../attacks-client.ts';
import { FlowSteps } from '../flow-steps.tsx';
import { LootView } from '../loot-view.tsx';
import { useAttacksText } from '../use-attacks-text.ts';
import { logInVictim } from '../victim-session.ts';
import { injectAttackerScript, type JwtStorage, logInWithStorage } from './inject-script.ts';
import { findStolen, type Replayed, replayStolen } from './stolen-credentials.ts';
import { XssJwtColumn } from './xss-jwt-column.tsx';
import { XSS_MESSAGES, type XssMessageKey } from './xss-messages.ts';

const WAIT_FOR_LOOT_MS = 5_000;
const POLL_MS = 250;

export default function XssPanel() {
  const { language } = useI18n();
  const text = useAttacksText();
  const xssText = (key: XssMessageKey, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(XSS_MESSAGES[language][key], values);
  const [storage, setStorage] = useState<JwtStorage>('memory');
  const [busy, setBusy] = useState(false);
  const [loot, setLoot] = useState<readonly LootEntry[] | 'unreachable'>([]);
  const [replayed, setReplayed] = useState<readonly Replayed[] | null>(null);
  const [since, setSince] = useState({ session: 0, jwt: 0 });
  const [journal, setJournal] = useState<Record<'session' | 'jwt', readonly LabRequestEntry[]>>({
    session: [],
    jwt: [],
  });
  /** What the servers saw of the script and the replay: not the victim's own logins. */
  const readJournals = async (after: { session: number; jwt: number }) => {
    const notLogin = (entry: LabRequestEntry) => entry.path !== '/login';
    setJournal({
      session: (await readLabRequests('session', after.session)).filter(notLogin),
      jwt: (await readLabRequests('jwt', after.jwt)).filter(notLogin),
    });
  };

  const inject = async () => {
    setBusy(true);
    setReplayed(null);
    try {
      await clearLoot();
      const after = {
        session: await readLastRequestId('session'),
        jwt: await readLastRequestId('jwt'),
      };
      setSince(after);
      await logInVictim('session');
      await logInWithStorage(storage);
      await injectAttackerScript();
      let collected: readonly LootEntry[] = [];
      for (let waited = 0; waited < WAIT_FOR_LOOT_MS; waited += POLL_MS) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        collected = await readLoot();
        const kinds = new Set(collected.map((entry) => entry.kind));
        if (kinds.has('minted-access-token') && kinds.has('session-riding')) break;
      }
      setLoot(collected);
      await readJournals(after);
    } catch {
      setLoot('unreachable');
    } finally {
      setBusy(false);
    }
  };

  const replay = async () => {
    if (loot === 'unreachable') return;
    setBusy(true);
    try {
      const results = await replayStolen(findStolen(loot));
      setReplayed(results);
      await readJournals(since);
    } finally {
      setBusy(false);
    }
  };

  const stolen = loot === 'unreachable' ? null : findStolen(loot);
  return (
    <div className="attack__body" data-busy={busy}>
      <p>{xssText('intro')}</p>
      <fieldset className="lab-modes">
        <legend>{xssText('storage')}</legend>
        {(['memory', 'documents'] as const).map((option) => (
          <label key={option} className="lab-modes__switch">
            <input
              type="radio"
              name="xss-storage"
              value={option}
              checked={storage === option}
              onChange={() => setStorage(option)}
            />{' '}
            {xssText(`storage.${option}`)}
          </label>
        ))}
      </fieldset>
      <p className="attack__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void inject()}
          data-action="xss-inject"
        >
          {xssText('inject')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || stolen === null}
          onClick={() => void replay()}
          data-action="xss-replay"
        >
          {xssText('replay')}
        </button>
      </p>
      {stolen === null ? null : (
        <div className="columns">
          <div className="column" data-side="session">
            <h4>{text('side.session')}</h4>
            <FlowSteps flowId="session.attack-xss" entries={journal.session} />
            <h5>{xssText('stolen')}</h5>
            <p>{xssText('nothing')}</p>
            <p data-riding-status={stolen.ridingStatus ?? ''}>
              {xssText('riding', { status: stolen.ridingStatus ?? '—' })}
            </p>
            <h5>{text('would')}</h5>
            <p>{xssText('explain.session')}</p>
          </div>
          <XssJwtColumn
            storage={storage}
            stolen={stolen}
            replayed={replayed}
            entries={journal.jwt}
          />
        </div>
      )}
      <h5>{text('loot.title')}</h5>
      <LootView loot={loot} />
    </div>
  );
}
