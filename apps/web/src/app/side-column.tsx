/**
 * One side of the comparison: its API's health, the sequence view of the current run, where state
 * lives at the selected step and, on the JWT side, the token's anatomy.
 */
import { lazy, type ReactNode, Suspense, useId } from 'react';
import { SequenceView } from '../components/sequence/sequence-view.tsx';
import { StatePanels } from '../components/state/state-panels.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { Side } from '../lib/api-types.ts';
import { SESSION_COOKIE_BYTES } from '../lib/cookie-size.ts';
import type { Health } from '../lib/health.ts';
import type { RunStore, StateSnapshot } from '../lib/run-store.ts';
import { listVisibleEvents } from '../lib/step-matching.ts';
import { HealthBadge, HealthMessage } from './health-status.tsx';
import { useRunStore } from './use-run-store.ts';

const TokenAnatomy = lazy(() =>
  import('../components/token-anatomy/token-anatomy.tsx').then((module) => ({
    default: module.TokenAnatomy,
  })),
);

/** Which event each column shows; `null` follows its run as it happens. */
export type Positions = Readonly<Record<Side, number | null>>;

interface SideColumnProps {
  readonly side: Side;
  readonly runs: RunStore;
  readonly health: Health;
  readonly position: number | null;
  readonly onPositionChange: (position: number) => void;
  readonly onRecheckHealth: () => void;
  readonly children?: ReactNode;
}

/** The snapshot of where state lives at `position` (the live one when following the run). */
export function selectSnapshot(
  state: ReturnType<RunStore['getState']>,
  position: number | null,
): StateSnapshot {
  const run = state.run;
  if (run === null || position === null) return state.live;
  const event = listVisibleEvents(run.events)[position];
  return (event && run.snapshots[event.snapshotIndex]) ?? state.live;
}

function readTokens(snapshot: StateSnapshot): { access: string | null; refresh: string | null } {
  const { memory, localStorage } = snapshot.client;
  return {
    access: memory.accessToken ?? localStorage.access_token ?? null,
    refresh: localStorage.refresh_token ?? null,
  };
}

export function SideColumn({
  side,
  runs,
  health,
  position,
  onPositionChange,
  onRecheckHealth,
  children,
}: SideColumnProps) {
  const { t } = useI18n();
  const titleId = useId();
  const state = useRunStore(runs);
  const visibleCount = state.run === null ? 0 : listVisibleEvents(state.run.events).length;
  const effectivePosition = position ?? visibleCount - 1;
  const snapshot = selectSnapshot(state, position);
  const tokens = readTokens(snapshot);
  const skewMs = (snapshot.server?.clock_offset_seconds ?? 0) * 1000;

  return (
    <section className={`column column--${side}`} aria-labelledby={titleId} data-side={side}>
      <header className="column__header">
        <h2 id={titleId} className="column__title">
          {t(`side.${side}.title`)}
        </h2>
        <p className="column__subtitle">{t(`side.${side}.subtitle`)}</p>
        <HealthBadge health={health} />
      </header>
      {health.status === 'down' || health.status === 'degraded' ? (
        <HealthMessage side={side} health={health} onRetry={onRecheckHealth} />
      ) : null}
      {children}
      <section className="column__section" aria-label={t('sequence.title')}>
        <SequenceView
          run={state.run}
          position={effectivePosition}
          onPositionChange={onPositionChange}
        />
      </section>
      <section className="column__section" aria-labelledby={`${titleId}-state`}>
        <h3 id={`${titleId}-state`} className="section-title">
          {t('state.title')}
        </h3>
        <StatePanels side={side} snapshot={snapshot} />
      </section>
      {side === 'jwt' ? (
        <section className="column__section" aria-labelledby={`${titleId}-anatomy`}>
          <h3 id={`${titleId}-anatomy`} className="section-title">
            {t('token.title')}
          </h3>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <TokenAnatomy
              token={tokens.access}
              title={t('token.accessToken')}
              sessionCookieBytes={SESSION_COOKIE_BYTES}
              serverSkewMs={skewMs}
            />
            {tokens.refresh !== null ? (
              <TokenAnatomy
                token={tokens.refresh}
                title={t('token.refreshTokenReadable')}
                sessionCookieBytes={SESSION_COOKIE_BYTES}
                serverSkewMs={skewMs}
              />
            ) : null}
          </Suspense>
        </section>
      ) : null}
    </section>
  );
}
