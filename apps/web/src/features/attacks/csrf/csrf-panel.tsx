/**
 * CSRF from a real second site: the attacker site (apps/attacker-site, /csrf) sends a forged
 * form, a no-cors fetch and top-level GETs at both APIs while this page is signed in; each column
 * shows what its server did with them (lab journal), which layer stopped each one, and whether
 * this page is still signed in afterwards. The switches turn the session API's layers off one at
 * a time (VULNERABLE lab modes).
 *
 * Flows (@authlab/flows): session.attack-csrf, jwt.attack-csrf.
 * Reference: OWASP CSRF Prevention Cheat Sheet; docs/attacks.md, "CSRF from a real second site".
 */
import { type LabRequestEntry, SIDES, type Side } from '@authlab/flows/api-types';
import { useState } from 'react';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import { findAttackerOrigin, readLabRequests, readLastRequestId } from '../attacks-client.ts';
import { FlowSteps } from '../flow-steps.tsx';
import { LabModeSwitches } from '../lab-mode-switches.tsx';
import { RequestJournal } from '../request-journal.tsx';
import { useAttacksText } from '../use-attacks-text.ts';
import { checkVictim, logInVictim } from '../victim-session.ts';
import { CSRF_MESSAGES, type CsrfMessageKey } from './csrf-messages.ts';
import { explainCsrf } from './explain-csrf.ts';

const RUNS = ['form', 'fetch', 'navigate', 'navigate-jwt'] as const;
type Run = (typeof RUNS)[number];
/** How long the servers' journals are polled after the attacker page opens. */
const WATCH_MS = 4_000;
const POLL_MS = 400;

interface ColumnState {
  readonly entries: readonly LabRequestEntry[];
  readonly meStatus: number | null;
}
const EMPTY: ColumnState = { entries: [], meStatus: null };

export default function CsrfPanel() {
  const { language } = useI18n();
  const text = useAttacksText();
  const csrfText = (key: CsrfMessageKey, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(CSRF_MESSAGES[language][key], values);
  const [accessToken, setAccessToken] = useState<string | null>(null);
  const [columns, setColumns] = useState<Record<Side, ColumnState>>({ session: EMPTY, jwt: EMPTY });
  const [busy, setBusy] = useState(false);

  const logIn = async () => {
    setBusy(true);
    try {
      await logInVictim('session');
      setAccessToken((await logInVictim('jwt')).accessToken);
    } finally {
      setBusy(false);
    }
  };

  const attack = async (run: Run) => {
    setBusy(true);
    try {
      const after = {
        session: await readLastRequestId('session'),
        jwt: await readLastRequestId('jwt'),
      };
      setColumns({ session: EMPTY, jwt: EMPTY });
      window.open(`${findAttackerOrigin()}/csrf?run=${run}`, 'authlab-attacker');
      const entries: Record<Side, LabRequestEntry[]> = { session: [], jwt: [] };
      for (let waited = 0; waited < WATCH_MS; waited += POLL_MS) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        for (const side of SIDES) entries[side] = [...(await readLabRequests(side, after[side]))];
        setColumns((current) => ({
          session: { ...current.session, entries: entries.session },
          jwt: { ...current.jwt, entries: entries.jwt },
        }));
      }
      const meStatus = {
        session: await checkVictim('session', null),
        jwt: await checkVictim('jwt', accessToken),
      };
      // The check itself is journaled too: keep only what the attacker sent.
      setColumns({
        session: { entries: entries.session, meStatus: meStatus.session },
        jwt: { entries: entries.jwt, meStatus: meStatus.jwt },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="attack__body" data-busy={busy}>
      <p>{csrfText('intro')}</p>
      <p className="attack__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void logIn()}
          data-action="csrf-login"
        >
          {csrfText('logIn')}
        </button>
        {RUNS.map((run) => (
          <button
            key={run}
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void attack(run)}
            data-action={`csrf-${run}`}
          >
            {csrfText(`run.${run}`)}
          </button>
        ))}
      </p>
      <LabModeSwitches attack="csrf" />
      <div className="columns">
        {SIDES.map((side) => (
          <div key={side} className="column" data-side={side}>
            <h4>{text(`side.${side}`)}</h4>
            <FlowSteps flowId={`${side}.attack-csrf`} entries={columns[side].entries} />
            <h5>{text('journal.title')}</h5>
            <RequestJournal entries={columns[side].entries} />
            <h5>{text('stopped')}</h5>
            <ul data-explanations>
              {columns[side].entries.map((entry) => {
                const explained = explainCsrf(side, entry);
                return (
                  <li key={entry.id} data-explanation={explained.key}>
                    <code>
                      {entry.method} {entry.path}
                    </code>
                    : {csrfText(explained.key, explained.values)}
                  </li>
                );
              })}
            </ul>
            {columns[side].meStatus === null ? null : (
              <p data-me-status={columns[side].meStatus}>
                {csrfText('stillSignedIn', { status: columns[side].meStatus ?? '' })}
              </p>
            )}
          </div>
        ))}
      </div>
      <h5>{text('would')}</h5>
      <p>{csrfText('would')}</p>
    </div>
  );
}
