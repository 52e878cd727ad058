/**
 * A stolen refresh token, in both orders: Jane (this page) and the attacker (the attacker site's
 * server, with a copy) each refresh with the same token; the first one wins fresh tokens, the
 * second presents a spent one and the whole family is revoked. The family's rotation history comes
 * from the jwt-api's lab view.
 *
 * Flows (@authlab/flows): jwt.attack-stolen-refresh-token (attacker first), jwt.refresh-reuse (victim
 * first).
 * Reference: RFC 9700 §4.14.2; docs/attacks-tokens.md, "A stolen refresh token".
 */
import type { RefreshFamily } from '@authlab/flows/api-types';
import { decodeJsonSegment } from '@authlab/flows/forgery/jose-segments';
import { useState } from 'react';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import {
  logInWithBodyMode,
  readFamily,
  refreshAsAttacker,
  refreshAsVictim,
  type Tokens,
} from './stolen-refresh-client.ts';
import {
  STOLEN_REFRESH_MESSAGES,
  type StolenRefreshMessageKey,
} from './stolen-refresh-messages.ts';

type Who = 'attacker' | 'victim';
/** The history only grows at its end: its position is a stable key. */
const numberEvents = (family: RefreshFamily) =>
  (family.history ?? []).map((event, position) => ({ n: position + 1, event }));
const short = (value: string | null) => (value === null ? '' : `${value.slice(0, 8)}…`);

export default function StolenRefreshPanel() {
  const { language } = useI18n();
  const st = (key: StolenRefreshMessageKey, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(STOLEN_REFRESH_MESSAGES[language][key], values);
  const [login, setLogin] = useState<Tokens | null>(null);
  const [calls, setCalls] = useState<{ n: number; who: Who; status: number }[]>([]);
  const [family, setFamily] = useState<RefreshFamily | null>(null);

  const familyIdOf = (token: string) =>
    String(decodeJsonSegment(token.split('.')[1] ?? '')?.fid ?? '');

  const logIn = async () => {
    setCalls([]);
    const tokens = await logInWithBodyMode();
    setLogin(tokens);
    if (tokens.refreshToken !== null) setFamily(await readFamily(familyIdOf(tokens.refreshToken)));
  };

  const race = async (first: Who) => {
    const token = login?.refreshToken;
    if (!token) return;
    const refresh = (who: Who, value: string) =>
      who === 'attacker' ? refreshAsAttacker(value) : refreshAsVictim(value);
    const second: Who = first === 'attacker' ? 'victim' : 'attacker';
    const winner = await refresh(first, token);
    const loser = await refresh(second, token);
    // The winner comes back with its fresh token: the family is revoked, so it is refused too.
    const again = winner.refreshToken === null ? null : await refresh(first, winner.refreshToken);
    setCalls([
      { n: 1, who: first, status: winner.status },
      { n: 2, who: second, status: loser.status },
      ...(again === null ? [] : [{ n: 3, who: first, status: again.status }]),
    ]);
    setFamily(await readFamily(familyIdOf(token)));
  };

  return (
    <div className="attack__body">
      <p>{st('intro')}</p>
      <p className="attack__actions">
        <button
          type="button"
          className="button"
          onClick={() => void logIn()}
          data-action="stolen-refresh-login"
        >
          {st('logIn')}
        </button>
        {(['attacker', 'victim'] as const).map((first) => (
          <button
            key={first}
            type="button"
            className="button button--primary"
            disabled={login?.refreshToken == null}
            onClick={() => void race(first)}
            data-action={`stolen-refresh-${first}-first`}
          >
            {st(first === 'attacker' ? 'attackerFirst' : 'victimFirst')}
          </button>
        ))}
      </p>
      <ol data-refresh-calls>
        {calls.map((call) => (
          <li key={call.n} data-who={call.who} data-status={call.status}>
            {st('call', { who: st(`who.${call.who}`), status: call.status })}
          </li>
        ))}
      </ol>
      {family === null ? null : (
        <section data-family={family.id} data-revoked-reason={family.revoked_reason ?? ''}>
          <h5>{st('familyTitle')}</h5>
          <p>
            {st('family', {
              id: short(family.id),
              rotations: family.rotations,
              state: family.revoked
                ? st('state.revoked', { reason: family.revoked_reason ?? '' })
                : st('state.live'),
            })}
          </p>
          <ol data-family-history>
            {numberEvents(family).map(({ n, event }) => (
              <li key={n} data-event={event.kind}>
                {st('event', {
                  at: event.at,
                  kind: event.reason === null ? event.kind : `${event.kind} (${event.reason})`,
                  jti: short(event.jti),
                })}
              </li>
            ))}
          </ol>
        </section>
      )}
      <p>{st('outcome')}</p>
    </div>
  );
}
