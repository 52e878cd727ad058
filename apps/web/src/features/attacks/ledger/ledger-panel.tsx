/**
 * Replay after logout, and the revocation-latency ledger: how long Jane's old credentials keep
 * working after she logs out, an admin revokes her logins or disables her account, per design, measured live against the jwt-api by the attacker
 * site's replays (measure-jwt-ledger.ts). The switch of the lab mode that makes the documents'
 * stateless JWT is shown too (VULNERABLE).
 *
 * Flows (@authlab/flows): jwt.attack-replay-after-logout.
 * Reference: OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the User";
 * docs/attacks-tokens.md, "Replay after logout".
 */
import {
  formatLatency,
  LEDGER_CREDENTIAL_LABELS,
  LEDGER_DESIGN_LABELS,
  LEDGER_EVENT_LABELS,
  type LedgerRow,
} from '@authlab/flows/ledger/revocation-ledger';
import { useState } from 'react';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import { LabModeSwitches } from '../lab-mode-switches.tsx';
import { LEDGER_MESSAGES, type LedgerMessageKey } from './ledger-messages.ts';
import { measureJwtLedger } from './measure-jwt-ledger.ts';

export default function LedgerPanel() {
  const { language, localize } = useI18n();
  const lt = (key: LedgerMessageKey) => formatMessage(LEDGER_MESSAGES[language][key]);
  const [rows, setRows] = useState<readonly LedgerRow[]>([]);
  const [busy, setBusy] = useState(false);

  const measure = async () => {
    setBusy(true);
    setRows([]);
    try {
      await measureJwtLedger((row) => setRows((current) => [...current, row]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="attack__body" data-busy={busy}>
      <p>{lt('intro')}</p>
      <p className="attack__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void measure()}
          data-action="ledger-measure"
        >
          {busy ? lt('measuring') : lt('measure')}
        </button>
      </p>
      <LabModeSwitches attack="replay-after-logout" />
      <table data-ledger>
        <thead>
          <tr>
            <th>{lt('design')}</th>
            <th>{lt('credential')}</th>
            <th>{lt('event')}</th>
            <th>{lt('lastAccepted')}</th>
            <th>{lt('replays')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.design}-${row.credential}-${row.event}`}
              data-row={`${row.design}:${row.credential}:${row.event}`}
              data-last-accepted={row.lastAcceptedSeconds ?? 'never'}
            >
              <td>{localize(LEDGER_DESIGN_LABELS[row.design])}</td>
              <td>{localize(LEDGER_CREDENTIAL_LABELS[row.credential])}</td>
              <td>{localize(LEDGER_EVENT_LABELS[row.event])}</td>
              <td>
                {row.lastAcceptedSeconds === null
                  ? lt('never')
                  : formatLatency(row.lastAcceptedSeconds, language)}
              </td>
              <td>{row.replays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
