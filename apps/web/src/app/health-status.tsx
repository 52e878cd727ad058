/**
 * The API's health in the column header, and a clear message — with what to do — when it is not
 * answering, instead of a blank column.
 */

import type { Side } from '@authlab/flows/api-types';
import { useI18n } from '../i18n/i18n.tsx';
import { findProxyRoute } from '../lib/cookie-paths.ts';
import type { Health } from '../lib/health.ts';

const HEALTH_ICONS = { checking: '…', up: '●', degraded: '▲', down: '✗' } as const;

export function HealthBadge({ health }: { health: Health }) {
  const { t } = useI18n();
  return (
    <p className={`health health--${health.status}`} data-health={health.status}>
      <span aria-hidden="true">{HEALTH_ICONS[health.status]}</span>{' '}
      {health.status === 'up' || health.status === 'degraded'
        ? t(`health.${health.status}`, { store: health.store })
        : t(`health.${health.status}`)}
    </p>
  );
}

export function HealthMessage({
  side,
  health,
  onRetry,
}: {
  side: Side;
  health: Health;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="alert" role="alert">
      <p>
        <strong>
          <span aria-hidden="true">✗</span>{' '}
          {health.status === 'degraded' ? t('health.degradedTitle') : t(`health.downTitle.${side}`)}
        </strong>
      </p>
      <p>{t('health.downBody', { prefix: findProxyRoute(side, 'main').prefix })}</p>
      <p>
        <code>{t(`health.startCommand.${side}`)}</code>
      </p>
      <button type="button" onClick={onRetry}>
        {t('health.retry')}
      </button>
    </div>
  );
}
