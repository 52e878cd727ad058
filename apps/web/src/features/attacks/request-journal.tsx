/**
 * What a server did with the requests of one attack, from its lab journal (GET /lab/requests):
 * each request with its status, the flow steps it reported in Server-Timing (a refused step
 * marked), the CSRF layer that refused it, and the lab modes that changed it.
 */
import type { LabRequestEntry } from '@authlab/flows/api-types';
import { parseServerTiming } from '@authlab/flows/server-timing';
import { useAttacksText } from './use-attacks-text.ts';

export function RequestJournal({ entries }: { entries: readonly LabRequestEntry[] }) {
  const text = useAttacksText();
  if (entries.length === 0) return <p className="small muted">{text('journal.empty')}</p>;
  return (
    <ol className="journal">
      {entries.map((entry) => (
        <li
          key={entry.id}
          data-request={`${entry.method} ${entry.path}`}
          data-status={entry.status}
          data-lab-modes={entry.lab_modes ?? ''}
        >
          <code>
            {entry.method} {entry.path}
          </code>{' '}
          → <strong>{entry.status}</strong>
          {entry.sec_fetch_site === null ? null : (
            <span className="small muted"> · Sec-Fetch-Site: {entry.sec_fetch_site}</span>
          )}
          {entry.csrf_rejection === null ? null : (
            <span className="small">
              {' '}
              · {text('journal.csrf', { layer: entry.csrf_rejection })}
            </span>
          )}
          {entry.lab_modes === null ? null : (
            <span className="badge badge--warning">
              {text('journal.labMode', { modes: entry.lab_modes })}
            </span>
          )}
          <ul className="journal__steps">
            {parseServerTiming(entry.server_timing).map((step) => (
              <li
                key={step.id}
                className={step.outcome === undefined ? 'step-ok' : 'step-refused'}
                data-step={step.id}
              >
                <code>{step.id}</code>
                {step.outcome === undefined ? null : <strong> ({step.outcome})</strong>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
