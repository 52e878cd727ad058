/**
 * Session fixation: the attacker's server gets a real session id (signed in as Jane), the lab
 * plants it in this browser, John logs in, and the attacker's server replays the id. The session
 * column shows the three requests as the server saw them (lab journal: is there a
 * `session.login.regenerate-id` step?) and what the replay got; the JWT column why it has nothing
 * to fix. The switch is the VULNERABLE lab mode "keep the pre-login id".
 *
 * Flows (@authlab/flows): session.attack-fixation.
 * Reference: OWASP Session Management Cheat Sheet, "Session Fixation"; docs/attacks.md.
 */
import type { LabRequestEntry } from '@authlab/flows/api-types';
import { useState } from 'react';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import { shorten } from '../../../lib/format.ts';
import {
  type ReplayAnswer,
  readLabRequests,
  readLastRequestId,
  replayFromAttacker,
} from '../attacks-client.ts';
import { FlowSteps } from '../flow-steps.tsx';
import { LabModeSwitches } from '../lab-mode-switches.tsx';
import { RequestJournal } from '../request-journal.tsx';
import { useAttacksText } from '../use-attacks-text.ts';
import { logInVictim } from '../victim-session.ts';
import { FIXATION_MESSAGES, type FixationMessageKey } from './fixation-messages.ts';
import { obtainAttackerSessionId, plantSessionId } from './plant-session-id.ts';

interface Outcome {
  readonly id: string;
  readonly entries: readonly LabRequestEntry[];
  readonly replay: ReplayAnswer;
}

export default function FixationPanel() {
  const { language } = useI18n();
  const text = useAttacksText();
  const fixationText = (
    key: FixationMessageKey,
    values?: Readonly<Record<string, string | number>>,
  ) => formatMessage(FIXATION_MESSAGES[language][key], values);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      const after = await readLastRequestId('session');
      const id = await obtainAttackerSessionId();
      await plantSessionId(id);
      await logInVictim('session');
      await logInVictim('jwt');
      const replay = await replayFromAttacker({ api: 'session', route: 'GET /me', session_id: id });
      const entries = await readLabRequests('session', after);
      setOutcome({ id, entries, replay });
    } finally {
      setBusy(false);
    }
  };

  const replayUser = (outcome?.replay.body as { user?: { name?: string } } | undefined)?.user;
  return (
    <div className="attack__body" data-busy={busy}>
      <p>{fixationText('intro')}</p>
      <p className="attack__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void run()}
          data-action="fixation-run"
        >
          {fixationText('run')}
        </button>
      </p>
      <LabModeSwitches attack="fixation" />
      <div className="columns">
        <div className="column" data-side="session">
          <h4>{text('side.session')}</h4>
          {outcome === null ? null : (
            <>
              <FlowSteps
                flowId="session.attack-fixation"
                entries={outcome.entries.filter((entry) => entry.path !== '/logout')}
              />
              <h5>{text('journal.title')}</h5>
              <RequestJournal entries={outcome.entries} />
              <h5>{text('loot.title')}</h5>
              <p>{fixationText('obtained', { id: shorten(outcome.id, 12) })}</p>
              <p>{fixationText('planted', { id: shorten(outcome.id, 12) })}</p>
              <p data-replay-status={outcome.replay.status}>
                {fixationText('replay', { status: outcome.replay.status })}
                {replayUser?.name === undefined
                  ? null
                  : ` ${fixationText('replayUser', { name: replayUser.name })}`}
              </p>
              <h5>{text(outcome.replay.status === 200 ? 'would' : 'stopped')}</h5>
              <p data-explanation={outcome.replay.status === 200 ? 'kept' : 'regenerated'}>
                {fixationText(
                  outcome.replay.status === 200 ? 'explain.kept' : 'explain.regenerated',
                )}
              </p>
            </>
          )}
        </div>
        <div className="column" data-side="jwt">
          <h4>{text('side.jwt')}</h4>
          <p>{fixationText('jwt.explain')}</p>
        </div>
      </div>
    </div>
  );
}
