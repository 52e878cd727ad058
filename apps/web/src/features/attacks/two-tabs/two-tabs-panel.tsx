/**
 * Two tabs, one refresh token: this panel runs in every tab of the browser that shows it. One tab
 * asks all of them to refresh at once (BroadcastChannel); each shows what its refresh did and
 * whether it is still signed in, and the triggering tab shows the JWT API's journal of those
 * refreshes. The client fixes (Web Locks, BroadcastChannel) and the server's VULNERABLE grace
 * window are switchable.
 *
 * Flows (@authlab/flows): jwt.attack-two-tabs.
 * Reference: RFC 9700 §4.14.2; docs/attacks.md, "Two tabs, one refresh token".
 */
import type { LabRequestEntry } from '@authlab/flows/api-types';
import { useEffect, useState } from 'react';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import { readLabRequests, readLastRequestId } from '../attacks-client.ts';
import { FlowSteps } from '../flow-steps.tsx';
import { LabModeSwitches } from '../lab-mode-switches.tsx';
import { RequestJournal } from '../request-journal.tsx';
import { useAttacksText } from '../use-attacks-text.ts';
import {
  createTabAuth,
  type RefreshOutcome,
  readFixes,
  type TabAuth,
  type TabFixes,
  writeFixes,
} from './tab-auth.ts';
import { TWO_TABS_MESSAGES, type TwoTabsMessageKey } from './two-tabs-messages.ts';

/** Long enough for every tab's refresh to land before this tab asks whether it is signed in. */
const SETTLE_MS = 1_500;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

export default function TwoTabsPanel() {
  const { language } = useI18n();
  const text = useAttacksText();
  const tabsText = (key: TwoTabsMessageKey, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(TWO_TABS_MESSAGES[language][key], values);
  const [auth, setAuth] = useState<TabAuth | null>(null);
  const [fixes, setFixes] = useState<TabFixes>(readFixes);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RefreshOutcome | null>(null);
  const [meStatus, setMeStatus] = useState<number | null>(null);
  const [entries, setEntries] = useState<readonly LabRequestEntry[]>([]);

  useEffect(() => {
    const created = createTabAuth((refreshed) => {
      setOutcome(refreshed);
      setMeStatus(null);
    });
    setAuth(created);
    return () => created.close();
  }, []);

  // Every tab, the triggering one or not: once its refresh is done and the others have landed.
  useEffect(() => {
    if (outcome === null || auth === null) return;
    let current = true;
    void settle()
      .then(() => auth.checkMe())
      .then((status) => {
        if (current) setMeStatus(status);
      });
    return () => {
      current = false;
    };
  }, [outcome, auth]);

  const switchFix = (name: keyof TabFixes) => {
    const next = { ...fixes, [name]: !fixes[name] };
    writeFixes(next);
    setFixes(next);
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const refreshEverywhere = async (tabAuth: TabAuth) => {
    const after = await readLastRequestId('jwt');
    setOutcome(null);
    setOutcome(await tabAuth.refreshEverywhere());
    // Both tabs' refreshes, then their GET /me (sent once every refresh has landed).
    await settle();
    await settle();
    setEntries(
      (await readLabRequests('jwt', after)).filter((entry) =>
        ['/refresh', '/me'].includes(entry.path),
      ),
    );
  };

  return (
    <div className="attack__body" data-busy={busy || auth === null}>
      <p>{tabsText('intro')}</p>
      <fieldset className="lab-modes">
        <legend>{tabsText('fixes')}</legend>
        {(['lock', 'broadcast'] as const).map((name) => (
          <label key={name} className="lab-modes__switch">
            <input
              type="checkbox"
              checked={fixes[name]}
              data-fix={name}
              onChange={() => switchFix(name)}
            />{' '}
            {tabsText(`fix.${name}`)}
          </label>
        ))}
      </fieldset>
      <LabModeSwitches attack="two-tabs" />
      <p className="small">{tabsText('tradeOff')}</p>
      {auth === null ? null : (
        <p className="attack__actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => auth.logIn())}
            data-action="two-tabs-login"
          >
            {tabsText('logIn')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => window.open(window.location.href, '_blank')}
            data-action="two-tabs-open"
          >
            {tabsText('open')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void run(() => refreshEverywhere(auth))}
            data-action="two-tabs-refresh"
          >
            {tabsText('refresh')}
          </button>
        </p>
      )}
      {outcome === null ? null : (
        <p data-outcome={outcome}>
          {tabsText('outcome', { outcome: tabsText(`outcome.${outcome}`) })}
        </p>
      )}
      {meStatus === null ? null : (
        <p data-me-status={meStatus}>{tabsText('me', { status: meStatus })}</p>
      )}
      <FlowSteps flowId="jwt.attack-two-tabs" entries={entries} />
      <h5>{text('journal.title')}</h5>
      <RequestJournal entries={entries} />
    </div>
  );
}
