/**
 * An attack's flow (@authlab/flows), its steps lit from the servers' own reports: the steps the
 * attack's requests named in Server-Timing (kept by the lab journal) are matched in order with the
 * flow's server steps — done, refused, or not reached — the way the main lab lights its runs
 * (lib/step-matching.ts). The attacker's and the browser's steps are listed as the flow draws them.
 */
import type { LabRequestEntry } from '@authlab/flows/api-types';
import { getFlow } from '@authlab/flows/catalog';
import { parseServerTiming } from '@authlab/flows/server-timing';
import { useI18n } from '../../i18n/i18n.tsx';
import type { RunEvent } from '../../lib/run-store.ts';
import { matchSteps } from '../../lib/step-matching.ts';

export function toServerEvents(entries: readonly LabRequestEntry[]): RunEvent[] {
  return entries
    .flatMap((entry) => parseServerTiming(entry.server_timing))
    .map((step, seq) => ({
      seq,
      kind: 'server',
      stepId: step.id,
      durationMs: step.durationMs,
      snapshotIndex: 0,
      ...(step.outcome === undefined ? {} : { outcome: step.outcome }),
    }));
}

export function FlowSteps({
  flowId,
  entries,
}: {
  flowId: string;
  entries: readonly LabRequestEntry[];
}) {
  const { t, localize } = useI18n();
  const flow = getFlow(flowId);
  if (flow === null) return null;
  const { steps } = matchSteps([flow], toServerEvents(entries), Number.MAX_SAFE_INTEGER, true);
  return (
    <details className="flow-steps" data-flow={flowId} open={entries.length > 0}>
      <summary>{localize(flow.title)}</summary>
      <ol>
        {steps.map(({ key, step, state }) => {
          const shown = step.side === 'server' ? state : 'drawn';
          return (
            <li
              key={key}
              className={`flow-steps__step flow-steps__step--${shown}`}
              data-step-id={step.id}
              data-state={shown}
            >
              <span className="badge">{t(`step.side.${step.side}`)}</span>{' '}
              {step.side === 'server' ? <code>{step.id}</code> : null} {localize(step.message)}
              {state === 'failed' ? (
                <strong> ({step.side === 'server' ? (step.outcome ?? '') : ''})</strong>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
