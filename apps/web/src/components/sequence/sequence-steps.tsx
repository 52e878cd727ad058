/**
 * The diagram itself: the lane headings and the flow's steps in order, with the phase headings of
 * `@authlab/flows` and the lab's actions (server clock moves) placed where they happened.
 */
import type { Localized } from '@authlab/flows/localized';
import type { Ref } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatOffset } from '../../lib/format.ts';
import type { RunEvent } from '../../lib/run-store.ts';
import type { MatchedStep } from '../../lib/step-matching.ts';
import { StepRow } from './step-row.tsx';

type Row =
  | { readonly kind: 'phase'; readonly key: string; readonly label: Localized }
  | { readonly kind: 'lab'; readonly key: string; readonly event: RunEvent }
  | {
      readonly kind: 'step';
      readonly key: string;
      readonly matched: MatchedStep;
      readonly number: number;
    };

function buildRows(
  steps: readonly MatchedStep[],
  labEvents: readonly RunEvent[],
  cursorSeq: number,
): Row[] {
  const rows: Row[] = [];
  const pendingLab = [...labEvents];
  const flushLab = (beforeSeq: number) => {
    while (pendingLab[0] !== undefined && pendingLab[0].seq < beforeSeq) {
      const event = pendingLab.shift() as RunEvent;
      rows.push({ kind: 'lab', key: `lab-${event.seq}`, event });
    }
  };
  steps.forEach((matched, index) => {
    if (matched.event !== null && matched.event.seq <= cursorSeq) flushLab(matched.event.seq);
    const previous = steps[index - 1];
    const phase = matched.step.phase;
    if (
      phase !== undefined &&
      (previous?.step.phase?.en !== phase.en || previous.flowId !== matched.flowId)
    ) {
      rows.push({ kind: 'phase', key: `phase-${matched.key}`, label: phase });
    }
    rows.push({ kind: 'step', key: matched.key, matched, number: index + 1 });
  });
  flushLab(Number.POSITIVE_INFINITY);
  return rows;
}

function LabEventRow({ event }: { event: RunEvent }) {
  const { t } = useI18n();
  return (
    <li className="sequence__lab" data-lab-event={event.stepId}>
      <span aria-hidden="true">»</span>{' '}
      {t('sequence.clockMoved', { offset: formatOffset(Number(event.detail ?? 0)) })}
    </li>
  );
}

interface SequenceStepsProps {
  readonly steps: readonly MatchedStep[];
  /** Lab events revealed so far. */
  readonly labEvents: readonly RunEvent[];
  readonly cursorSeq: number;
  readonly onOpen: (matched: MatchedStep) => void;
  readonly ref?: Ref<HTMLOListElement>;
}

export function SequenceSteps({ steps, labEvents, cursorSeq, onOpen, ref }: SequenceStepsProps) {
  const { t, localize } = useI18n();
  return (
    <>
      <div className="lanes" aria-hidden="true">
        <span>{t('lane.browser')}</span>
        <span>{t('lane.api')}</span>
        <span>{t('lane.store')}</span>
      </div>
      <ol ref={ref} className="sequence__steps" aria-label={t('sequence.steps')}>
        {buildRows(steps, labEvents, cursorSeq).map((row) => {
          if (row.kind === 'lab') return <LabEventRow key={row.key} event={row.event} />;
          if (row.kind === 'phase') {
            return (
              <li key={row.key} className="sequence__phase">
                {localize(row.label)}
              </li>
            );
          }
          return (
            <StepRow key={row.key} matched={row.matched} number={row.number} onOpen={onOpen} />
          );
        })}
      </ol>
    </>
  );
}
