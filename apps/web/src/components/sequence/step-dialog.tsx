/**
 * What a click on a step opens: the step as `@authlab/flows` explains it (message, why, what it
 * changes where) and the raw HTTP exchange it belonged to, if it was part of a request.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDuration } from '../../lib/format.ts';
import type { RecordedExchange } from '../../lib/run-store.ts';
import type { MatchedStep } from '../../lib/step-matching.ts';
import { ModalDialog } from '../common/modal-dialog.tsx';
import { ExchangeView } from './exchange-view.tsx';
import { STATE_ICONS } from './step-row.tsx';

interface StepDialogProps {
  readonly matched: MatchedStep;
  readonly exchange: RecordedExchange | null;
  readonly onClose: () => void;
}

export function StepDialog({ matched, exchange, onClose }: StepDialogProps) {
  const { t, localize } = useI18n();
  const { step, event, state } = matched;
  return (
    <ModalDialog
      title={
        <>
          <span aria-hidden="true">{STATE_ICONS[state]}</span> <span>{localize(step.message)}</span>
        </>
      }
      onClose={onClose}
      className="modal--wide"
    >
      <dl className="step-facts">
        <dt>{t('stepDialog.id')}</dt>
        <dd>
          <code>{step.id}</code>
        </dd>
        <dt>{t('stepDialog.state')}</dt>
        <dd>
          {t(`step.state.${state}`)}
          {event?.outcome !== undefined ? ` — desc="${event.outcome}"` : ''}
          {event !== null && state !== 'pending' ? ` — ${formatDuration(event.durationMs)}` : ''}
        </dd>
        <dt>{t('stepDialog.why')}</dt>
        <dd>{localize(step.explanation)}</dd>
        {step.correction !== undefined ? (
          <>
            <dt>{t('stepDialog.correction')}</dt>
            <dd>{localize(step.correction)}</dd>
          </>
        ) : null}
        {step.effects.length > 0 ? (
          <>
            <dt>{t('stepDialog.effects')}</dt>
            <dd>
              <ul className="plain-list">
                {step.effects.map((effect) => (
                  <li key={`${effect.location}-${effect.what.en}`}>
                    <strong>{t(`storage.${effect.location}`)}</strong>{' '}
                    {t(`effect.${effect.change}`)} {localize(effect.what)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {exchange !== null ? (
        <ExchangeView exchange={exchange} />
      ) : (
        <p className="muted">{t('stepDialog.noExchange')}</p>
      )}
    </ModalDialog>
  );
}
