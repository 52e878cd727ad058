/**
 * The step-by-step sequence view of one column: the flows of the current run, drawn from
 * `@authlab/flows` (never hard-coded), on three lanes — Browser, API, Store/DB — with each step lit
 * from what really happened: the page's own actions and the server steps reported in
 * `Server-Timing`, each with its duration. Step back and forth, auto-play, or click a step to see
 * its raw HTTP exchange.
 */
import { getFlow } from '@authlab/flows/catalog';
import type { Flow } from '@authlab/flows/types';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { RecordedExchange, RunEvent, SideRun } from '../../lib/run-store.ts';
import { listVisibleEvents, type MatchedStep, matchSteps } from '../../lib/step-matching.ts';
import { ModalDialog } from '../common/modal-dialog.tsx';
import { ExchangeView } from './exchange-view.tsx';
import { ExchangeList, ExtraEvents, RunStatus, SetupEvents } from './run-details.tsx';
import { SequenceControls } from './sequence-controls.tsx';
import { SequenceSteps } from './sequence-steps.tsx';
import { StepDialog } from './step-dialog.tsx';

type Selection =
  | { readonly kind: 'step'; readonly matched: MatchedStep }
  | { readonly kind: 'exchange'; readonly exchange: RecordedExchange };

interface SequenceViewProps {
  readonly run: SideRun | null;
  /** Index into the run's visible events; the last one when following the run live. */
  readonly position: number;
  readonly onPositionChange: (position: number) => void;
  /** Keep the current step in view as the position changes (presenter mode). */
  readonly followCurrent?: boolean;
}

/** The exchange an event belongs to; a browser step that sent a request gets that request's. */
export function findExchange(run: SideRun, event: RunEvent): RecordedExchange | null {
  let exchangeId = event.exchangeId;
  if (exchangeId === undefined && event.kind === 'browser') {
    const next = run.events[event.seq + 1];
    if (next?.kind === 'server') exchangeId = next.exchangeId;
  }
  return run.exchanges.find((exchange) => exchange.id === exchangeId) ?? null;
}

export function SequenceView({
  run,
  position,
  onPositionChange,
  followCurrent = false,
}: SequenceViewProps) {
  const { t, localize } = useI18n();
  const stepsRef = useRef<HTMLOListElement>(null);
  const [playing, setPlaying] = useState(false);
  const [selected, setSelected] = useState<Selection | null>(null);
  const flows = useMemo(
    () => (run?.flowIds ?? []).flatMap((id) => getFlow(id) ?? []),
    [run?.flowIds],
  );
  const visible = useMemo(() => listVisibleEvents(run?.events ?? []), [run?.events]);
  const cursorSeq = visible[position]?.seq ?? -1;
  const finished = run !== null && run.status !== 'running' && position >= visible.length - 1;
  const match = useMemo(
    () => matchSteps(flows, run?.events ?? [], cursorSeq, finished),
    [flows, run?.events, cursorSeq, finished],
  );
  useEffect(() => {
    if (!followCurrent || cursorSeq < 0) return;
    stepsRef.current?.querySelector('.step--current')?.scrollIntoView?.({ block: 'nearest' });
  }, [followCurrent, cursorSeq]);

  if (run === null) {
    return <p className="sequence__empty">{t('sequence.empty')}</p>;
  }

  return (
    <div className="sequence" data-run-status={run.status} data-run-id={run.id}>
      {flows.map((flow: Flow) => (
        <header key={flow.id} className="sequence__flow">
          <h3 className="sequence__title">
            {localize(flow.title)}
            {flow.mode === 'documents' ? (
              <span className="badge badge--warning">
                <span aria-hidden="true">⚠</span> {t('sequence.documentsMode')}
              </span>
            ) : null}
          </h3>
          <p className="sequence__summary">{localize(flow.summary)}</p>
        </header>
      ))}
      <SequenceControls
        position={position}
        total={visible.length}
        playing={playing}
        onPositionChange={(next) =>
          onPositionChange(Math.max(0, Math.min(visible.length - 1, next)))
        }
        onPlayingChange={setPlaying}
      />
      <SetupEvents events={run.events.filter((event) => event.setup)} />
      <SequenceSteps
        ref={stepsRef}
        steps={match.steps}
        labEvents={visible.filter((event) => event.kind === 'lab' && event.seq <= cursorSeq)}
        cursorSeq={cursorSeq}
        onOpen={(matched) => setSelected({ kind: 'step', matched })}
      />
      <ExtraEvents events={match.extras} />
      <RunStatus run={run} />
      <ExchangeList
        exchanges={run.exchanges}
        onOpen={(exchange) => setSelected({ kind: 'exchange', exchange })}
      />
      {selected?.kind === 'step' ? (
        <StepDialog
          matched={selected.matched}
          exchange={selected.matched.event ? findExchange(run, selected.matched.event) : null}
          onClose={() => setSelected(null)}
        />
      ) : null}
      {selected?.kind === 'exchange' ? (
        <ModalDialog
          title={`${selected.exchange.method} ${selected.exchange.url}`}
          onClose={() => setSelected(null)}
          className="modal--wide"
        >
          <ExchangeView exchange={selected.exchange} />
        </ModalDialog>
      ) : null}
    </div>
  );
}
