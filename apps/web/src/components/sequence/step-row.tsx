/**
 * One step of a sequence diagram: a card in its lane (or an arrow across lanes), lit from the real
 * event that matched it. State is shown three ways — icon, word, colour — so colour is never the
 * only signal (WCAG 2.2, 1.4.1 Use of Color).
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDuration } from '../../lib/format.ts';
import type { MatchedStep, StepState } from '../../lib/step-matching.ts';
import { spanLanes } from './lanes.ts';

export const STATE_ICONS: Readonly<Record<StepState, string>> = {
  ok: '✓',
  failed: '✗',
  pending: '○',
  skipped: '–',
};

const ARROWS = { right: '→', left: '←', self: '↻' } as const;

interface StepRowProps {
  readonly matched: MatchedStep;
  readonly number: number;
  readonly onOpen: (matched: MatchedStep) => void;
}

export function StepRow({ matched, number, onOpen }: StepRowProps) {
  const { t, localize } = useI18n();
  const { step, event, state, current } = matched;
  const span = spanLanes(step.from, step.to);
  const showDuration = event !== null && state !== 'pending' && event.kind !== 'store';
  return (
    <li
      className={`step step--${state}${current ? ' step--current' : ''}`}
      data-step-id={step.id}
      data-state={state}
      aria-current={current ? 'step' : undefined}
    >
      <button
        type="button"
        className={`step__card step__card--${span.direction} step__card--${step.side}`}
        style={{ gridColumn: `${span.start} / ${span.end}` }}
        onClick={() => onOpen(matched)}
      >
        <span className="step__status" aria-hidden="true">
          {STATE_ICONS[state]}
        </span>
        <span className="step__number">{number}</span>
        <span className="step__body">
          <span className="step__message">{localize(step.message)}</span>
          <span className="step__meta">
            <span className="step__state">{t(`step.state.${state}`)}</span>
            {event?.outcome !== undefined && state === 'failed' ? (
              <span className="step__outcome">desc="{event.outcome}"</span>
            ) : null}
            {showDuration ? (
              <span className="step__duration">{formatDuration(event.durationMs)}</span>
            ) : null}
            <span className="step__actor">{t(`step.side.${step.side}`)}</span>
          </span>
          {event?.note !== undefined && state !== 'pending' ? (
            <span className="step__note">
              <span aria-hidden="true">⚷</span> {t(`eventNote.${event.note}`)}
            </span>
          ) : null}
        </span>
        <span className="step__arrow" aria-hidden="true">
          {ARROWS[span.direction]}
        </span>
      </button>
    </li>
  );
}
