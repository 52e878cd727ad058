/**
 * A refresh token family's rotation history, as the jwt-api's lab view records it: started,
 * rotated (which jti replaced which), reused, revoked and why. A theft reads as "a link of the
 * chain came back" (RFC 9700 §4.14.2).
 */
import type { RefreshFamilyEvent } from '@authlab/flows/api-types';
import { Time } from './server-facts.tsx';

const shorten = (jti: string | null) => (jti === null ? '' : `${jti.slice(0, 8)}…`);

export function FamilyHistory({
  history,
  title,
}: {
  history: readonly RefreshFamilyEvent[];
  title: string;
}) {
  // The history only grows at its end, so a position is a stable key.
  const numbered = history.map((event, position) => ({ event, n: position + 1 }));
  return (
    <details className="family-history" data-family-history>
      <summary>{title}</summary>
      <ol>
        {numbered.map(({ event, n }) => (
          <li key={n} data-event={event.kind}>
            <Time value={event.at} /> <strong>{event.kind}</strong>
            {event.reason === null ? null : ` (${event.reason})`}{' '}
            {event.replaced_jti === null ? null : <code>{shorten(event.replaced_jti)} → </code>}
            <code>{shorten(event.jti)}</code>
          </li>
        ))}
      </ol>
    </details>
  );
}
