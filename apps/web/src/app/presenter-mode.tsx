/**
 * Presenter mode, for instructors: large type, one step at a time from the keyboard (→ or PageDown
 * forward, ← or PageUp back — what presentation clickers send — Esc to leave), the diagram and
 * where state lives side by side, readable on a projector. Loaded on demand. Esc is the native
 * `<dialog>` cancel: it closes the presenter and returns focus to the button that opened it.
 */
import { getFlow } from '@authlab/flows/catalog';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SequenceView } from '../components/sequence/sequence-view.tsx';
import { STATE_ICONS } from '../components/sequence/step-row.tsx';
import { StatePanels } from '../components/state/state-panels.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { SIDES, type Side } from '../lib/api-types.ts';
import { formatDuration } from '../lib/format.ts';
import { listVisibleEvents, matchSteps } from '../lib/step-matching.ts';
import type { Labs } from './labs.ts';
import { type Positions, selectSnapshot } from './side-column.tsx';
import { useRunStore } from './use-run-store.ts';
import './presenter-mode.css';

interface PresenterModeProps {
  readonly labs: Labs;
  readonly positions: Positions;
  readonly onPositionChange: (side: Side, position: number) => void;
  readonly onExit: () => void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

export default function PresenterMode({
  labs,
  positions,
  onPositionChange,
  onExit,
}: PresenterModeProps) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [side, setSide] = useState<Side>('session');
  const state = useRunStore(labs[side].runs);
  const run = state.run;
  const visible = useMemo(() => listVisibleEvents(run?.events ?? []), [run?.events]);
  const position = Math.max(0, positions[side] ?? visible.length - 1);
  const cursorSeq = visible[position]?.seq ?? -1;
  const flows = useMemo(
    () => (run?.flowIds ?? []).flatMap((id) => getFlow(id) ?? []),
    [run?.flowIds],
  );
  const current = matchSteps(flows, run?.events ?? [], cursorSeq).steps.find(
    (step) => step.current,
  );
  const snapshot = selectSnapshot(state, positions[side] === null ? null : position);

  // A native modal dialog: the page underneath becomes inert (no focus, no clicks) until Esc.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    dialog.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (NEXT_KEYS.has(event.key)) {
        event.preventDefault();
        onPositionChange(side, Math.min(visible.length - 1, position + 1));
      } else if (PREVIOUS_KEYS.has(event.key)) {
        event.preventDefault();
        onPositionChange(side, Math.max(0, position - 1));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [side, position, visible.length, onPositionChange]);

  return (
    <dialog
      ref={ref}
      className="presenter"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onExit();
      }}
      data-presenter
    >
      <header className="presenter__bar">
        <h2 id={titleId} className="presenter__title">
          {t('presenter.title')}
          {run !== null ? ` — ${t(`scenario.${run.scenarioId}.label`)}` : ''}
        </h2>
        <fieldset className="presenter__sides">
          <legend className="visually-hidden">{t('presenter.side')}</legend>
          {SIDES.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={side === option}
              onClick={() => setSide(option)}
              data-presenter-side={option}
            >
              {t(`side.${option}.title`)}
            </button>
          ))}
        </fieldset>
        <p className="presenter__keys">{t('presenter.keys')}</p>
        <button type="button" className="button" onClick={onExit}>
          <span aria-hidden="true">✕</span> {t('presenter.exit')}
        </button>
      </header>
      <section
        className="presenter__current"
        aria-live="polite"
        data-presenter-step={current?.step.id ?? ''}
      >
        {current === undefined ? (
          <p>{run === null ? t('sequence.empty') : t('presenter.noStep')}</p>
        ) : (
          <>
            <p className="presenter__step-state">
              <span aria-hidden="true">{STATE_ICONS[current.state]}</span>{' '}
              {t(`step.state.${current.state}`)}
              {current.event?.outcome !== undefined ? ` — desc="${current.event.outcome}"` : ''}
              {current.event !== null ? ` · ${formatDuration(current.event.durationMs)}` : ''}
            </p>
            <p className="presenter__step-message">{localize(current.step.message)}</p>
            <p className="presenter__step-explanation">{localize(current.step.explanation)}</p>
          </>
        )}
      </section>
      <div className="presenter__body">
        <div className="presenter__diagram">
          <SequenceView
            run={run}
            position={position}
            onPositionChange={(next) => onPositionChange(side, next)}
            followCurrent
          />
        </div>
        <div className="presenter__state">
          <StatePanels side={side} snapshot={snapshot} />
        </div>
      </div>
    </dialog>
  );
}
