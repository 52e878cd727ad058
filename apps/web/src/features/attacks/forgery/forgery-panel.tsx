/**
 * Forged tokens, side by side: the learner picks a forgery, edits its header and payload (as on
 * jwt.io), and this page signs it and sends it to the lab's deliberately vulnerable verifier and to
 * the real jwt-api. The vulnerable verifier says which of its mistakes let the token in; the real
 * API answers 401 and its Server-Timing names the step that refused it, shown with the rule and
 * the RFC 8725 section that requires it.
 *
 * Flows (@authlab/flows): jwt.attack-forged-token; the forgeries: @authlab/flows/forgery.
 * Reference: RFC 8725 §2–3; docs/attacks-tokens.md, "Forged tokens".
 */
import { FORGERIES, type ForgeryId, findForgery } from '@authlab/flows/forgery/forgeries';
import type { NaiveVerdictAnswer } from '@authlab/flows/forgery/naive-verdict';
import { planForgery } from '@authlab/flows/forgery/plan-forgery';
import { signCompact } from '@authlab/flows/forgery/sign-compact';
import { useState } from 'react';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import { askRealApi, askVulnerableVerifier, type RealApiAnswer } from './forgery-client.ts';
import { FORGERY_MESSAGES, type ForgeryMessageKey } from './forgery-messages.ts';
import { ForgeryVerdicts } from './forgery-verdicts.tsx';
import { type PreparedForgeries, prepareForgeries } from './prepare-forgeries.ts';
import { WeakSecretCracker } from './weak-secret-cracker.tsx';

type Values = Readonly<Record<string, string | number>>;

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export default function ForgeryPanel() {
  const { language, localize } = useI18n();
  const ft = (key: ForgeryMessageKey, values?: Values) =>
    formatMessage(FORGERY_MESSAGES[language][key], values);
  const [prepared, setPrepared] = useState<PreparedForgeries | null>(null);
  const [forgeryId, setForgeryId] = useState<ForgeryId>('alg-none');
  const [header, setHeader] = useState('');
  const [payload, setPayload] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [verdicts, setVerdicts] = useState<{
    naive: NaiveVerdictAnswer;
    real: RealApiAnswer;
  } | null>(null);
  const forgery = findForgery(forgeryId);
  const applies = prepared !== null && forgery.modes.some((mode) => mode === prepared.algorithm);

  const plan = (ready: PreparedForgeries, id: ForgeryId) => {
    const chosen = findForgery(id);
    const start = chosen.startsFrom === 'weak-token' ? ready.weak : ready.original;
    return planForgery(id, start, ready.material);
  };
  const choose = (ready: PreparedForgeries, id: ForgeryId) => {
    setForgeryId(id);
    setVerdicts(null);
    if (!findForgery(id).modes.some((mode) => mode === ready.algorithm)) return;
    const next = plan(ready, id);
    setHeader(JSON.stringify(next.header, null, 2));
    setPayload(JSON.stringify(next.payload, null, 2));
  };
  const prepare = async () => {
    const ready = await prepareForgeries();
    setPrepared(ready);
    choose(ready, forgeryId);
  };
  const send = async () => {
    if (prepared === null) return;
    const editedHeader = parseObject(header);
    const editedPayload = parseObject(payload);
    if (editedHeader === null || editedPayload === null) {
      setError(ft('badJson'));
      return;
    }
    setError(null);
    const token = await signCompact(
      editedHeader,
      editedPayload,
      plan(prepared, forgeryId).signature,
    );
    const [naive, real] = await Promise.all([
      askVulnerableVerifier(forgery.naiveRoute, token),
      askRealApi(token),
    ]);
    setVerdicts({ naive, real });
  };

  return (
    <div className="attack__body" data-forgery={forgeryId}>
      <p>{ft('intro')}</p>
      <p className="attack__actions">
        <button
          type="button"
          className="button"
          onClick={() => void prepare()}
          data-action="forgery-prepare"
        >
          {ft('prepare')}
        </button>
        <label>
          {ft('pick')}{' '}
          <select
            value={forgeryId}
            disabled={prepared === null}
            onChange={(event) => prepared && choose(prepared, event.target.value as ForgeryId)}
            data-control="forgery-pick"
          >
            {FORGERIES.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {localize(entry.title)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p className="small">{localize(forgery.attack)}</p>
      {prepared !== null && !applies ? (
        <p data-not-in-mode>{ft('notInMode', { modes: forgery.modes.join(', ') })}</p>
      ) : null}
      <div className="columns">
        <label className="column">
          {ft('header')}
          <textarea
            rows={7}
            value={header}
            onChange={(event) => setHeader(event.target.value)}
            data-field="forgery-header"
          />
        </label>
        <label className="column">
          {ft('payload')}
          <textarea
            rows={7}
            value={payload}
            onChange={(event) => setPayload(event.target.value)}
            data-field="forgery-payload"
          />
        </label>
      </div>
      <p className="attack__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!applies}
          onClick={() => void send()}
          data-action="forgery-send"
        >
          {ft('send')}
        </button>
      </p>
      {error === null ? null : <p role="alert">{error}</p>}
      {verdicts === null ? null : <ForgeryVerdicts forgery={forgery} {...verdicts} text={ft} />}
      <WeakSecretCracker prepared={prepared} text={ft} />
    </div>
  );
}
