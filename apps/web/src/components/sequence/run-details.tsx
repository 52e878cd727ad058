/**
 * Around the diagram: the setup a flow needed (folded away), the events no step of the flow
 * claimed (so nothing that happened is hidden), how the run ended, and every HTTP request of the
 * run, each one click from its raw exchange.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDuration, formatOffset } from '../../lib/format.ts';
import type { RecordedExchange, RunEvent, SideRun } from '../../lib/run-store.ts';

/** Unclaimed events stay open while few enough to read at a glance. */
const EXTRAS_OPEN_UP_TO = 8;

export function SetupEvents({ events }: { events: readonly RunEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return null;
  return (
    <details className="sequence__setup">
      <summary>{t('sequence.setup', { count: events.length })}</summary>
      <ol className="plain-list small">
        {events.map((event) => (
          <li key={event.seq}>
            <code>
              {event.kind === 'lab'
                ? `lab.clock ${formatOffset(Number(event.detail))}`
                : event.stepId}
            </code>
            {event.outcome ? ` — desc="${event.outcome}"` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function ExtraEvents({ events }: { events: readonly RunEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return null;
  return (
    <details className="sequence__extras" open={events.length <= EXTRAS_OPEN_UP_TO}>
      <summary>{t('sequence.extras', { count: events.length })}</summary>
      <ol className="plain-list small">
        {events.map((event) => (
          <li key={event.seq} data-extra-step-id={event.stepId}>
            <span aria-hidden="true">{event.outcome ? '✗' : '✓'}</span> <code>{event.stepId}</code>
            {event.outcome ? ` — desc="${event.outcome}"` : ''} · {formatDuration(event.durationMs)}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function RunStatus({ run }: { run: SideRun }) {
  const { t } = useI18n();
  if (run.status === 'running') {
    return (
      <p className="sequence__status" role="status">
        {t('run.running')}
      </p>
    );
  }
  if (run.status === 'failed' && run.error !== undefined) {
    return (
      <p className="sequence__status sequence__status--failed" role="alert">
        <span aria-hidden="true">✗</span> {t(`run.error.${run.error}`)}
      </p>
    );
  }
  return null;
}

export function ExchangeList({
  exchanges,
  onOpen,
}: {
  exchanges: readonly RecordedExchange[];
  onOpen: (exchange: RecordedExchange) => void;
}) {
  const { t } = useI18n();
  if (exchanges.length === 0) return null;
  return (
    <details className="sequence__exchanges">
      <summary>{t('sequence.exchanges', { count: exchanges.length })}</summary>
      <ol className="plain-list small">
        {exchanges.map((exchange) => (
          <li key={exchange.id}>
            <button type="button" className="link-button" onClick={() => onOpen(exchange)}>
              <code>
                {exchange.method} {exchange.url}
              </code>{' '}
              → {exchange.status ?? t('exchange.noAnswer')}
            </button>
            {exchange.setup ? (
              <span className="badge badge--muted">{t('sequence.setupBadge')}</span>
            ) : null}
            {exchange.browser === 'admin' ? (
              <span className="badge badge--muted">{t('state.adminConsole')}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
