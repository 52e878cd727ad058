/**
 * The lab: a scenario bar over two columns — the session API on the left, the JWT API on the
 * right — each playing the same scenario against its real backend and showing, step by step and
 * with the real HTTP, where the state ends up. Presenter mode is loaded only when asked for.
 */

import type { Side } from '@authlab/flows/api-types';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useAttacksText } from '../features/attacks/use-attacks-text.ts';
import { useClusterText } from '../features/cluster/use-cluster-text.ts';
import { runProactiveRefresh } from '../features/expiry/proactive-refresh-run.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { ScenarioOptions } from '../lib/scenario.ts';
import type { ScenarioId } from '../lib/scenario-id.ts';
import type { Labs } from './labs.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { ScenarioBar } from './scenario-bar.tsx';
import { DEFAULT_OPTIONS, findScenario } from './scenarios.ts';
import { type Positions, SideColumn } from './side-column.tsx';
import { TokenStoragePicker } from './token-storage-picker.tsx';
import { useHealth } from './use-health.ts';
import { useRunStore } from './use-run-store.ts';

const PresenterMode = lazy(() => import('./presenter-mode.tsx'));
// The cluster lab's view, reached by #cluster: loaded only when asked for, like presenter mode.
const ClusterView = lazy(() => import('../features/cluster/cluster-view.tsx'));
// The attack lab, reached by #attacks: loaded only when asked for too.
const AttacksView = lazy(() => import('../features/attacks/attacks-view.tsx'));

type View = 'lab' | 'cluster' | 'attacks';
const VIEWS_BY_HASH: Readonly<Record<string, View>> = {
  '#cluster': 'cluster',
  '#attacks': 'attacks',
};
const readView = (): View => VIEWS_BY_HASH[window.location.hash] ?? 'lab';

export function App({ labs }: { labs: Labs }) {
  const { t } = useI18n();
  const { health, recheck } = useHealth();
  const [options, setOptions] = useState<ScenarioOptions>(DEFAULT_OPTIONS);
  const [scenarioId, setScenarioId] = useState<ScenarioId>('login');
  const [positions, setPositions] = useState<Positions>({ session: null, jwt: null });
  const [presenting, setPresenting] = useState(false);
  const [view, setView] = useState<View>(readView);
  const clusterText = useClusterText();
  const attacksText = useAttacksText();
  const sessionState = useRunStore(labs.session.runs);
  const jwtState = useRunStore(labs.jwt.runs);

  useEffect(() => {
    const followHash = () => setView(readView());
    window.addEventListener('hashchange', followHash);
    return () => window.removeEventListener('hashchange', followHash);
  }, []);

  useEffect(() => {
    void labs.session.captureState();
    void labs.jwt.captureState();
    labs.jwt.setProactiveRefreshHandler(() => {
      setPositions((current) => ({ ...current, jwt: null }));
      void runProactiveRefresh(labs.jwt);
    });
  }, [labs]);

  const setPosition = useCallback(
    (side: Side) => (position: number) =>
      setPositions((current) => ({ ...current, [side]: position })),
    [],
  );

  const run = async (sides: readonly Side[]) => {
    const scenario = findScenario(scenarioId);
    setPositions((current) => ({
      ...current,
      ...Object.fromEntries(sides.map((side) => [side, null])),
    }));
    const runSide = (side: Side) =>
      side === 'session'
        ? labs.session.runScenario(scenario.id, scenario.sessionFlowIds(options), () =>
            scenario.runSession(labs.session, options),
          )
        : labs.jwt.runScenario(scenario.id, scenario.jwtFlowIds(options), () =>
            scenario.runJwt(labs.jwt, options),
          );
    if (scenario.runSidesInTurn?.(options)) {
      for (const side of sides) await runSide(side);
    } else {
      await Promise.all(sides.map(runSide));
    }
    const failedUnreachable = [labs.session, labs.jwt].some(
      (lab) => lab.runs.getState().run?.error === 'api_unreachable',
    );
    if (failedUnreachable) recheck();
  };

  const available: Record<Side, boolean> = {
    session: health.session.status !== 'down' && sessionState.run?.status !== 'running',
    jwt: health.jwt.status !== 'down' && jwtState.run?.status !== 'running',
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <h1 className="topbar__name">authlab</h1>
          <p className="topbar__tagline">{t('app.tagline')}</p>
        </div>
        <div className="topbar__actions">
          <LanguageSwitch />
          <a
            className="button"
            href={view === 'cluster' ? '#' : '#cluster'}
            data-action="cluster-view"
          >
            {view === 'cluster' ? clusterText('back') : clusterText('open')}
          </a>
          <a
            className="button"
            href={view === 'attacks' ? '#' : '#attacks'}
            data-action="attacks-view"
          >
            {view === 'attacks' ? attacksText('back') : attacksText('open')}
          </a>
          <button
            type="button"
            className="button"
            onClick={() => setPresenting(true)}
            data-action="presenter"
          >
            <span aria-hidden="true">⊡</span> {t('presenter.open')}
          </button>
        </div>
      </header>
      <main id="main" className="main" hidden={view !== 'lab'}>
        <ScenarioBar
          scenarioId={scenarioId}
          onScenarioChange={setScenarioId}
          options={options}
          onOptionsChange={setOptions}
          available={available}
          onRun={(sides) => void run(sides)}
        />
        <div className="columns">
          <SideColumn
            side="session"
            runs={labs.session.runs}
            health={health.session}
            position={positions.session}
            onPositionChange={setPosition('session')}
            onRecheckHealth={recheck}
          />
          <SideColumn
            side="jwt"
            runs={labs.jwt.runs}
            health={health.jwt}
            position={positions.jwt}
            onPositionChange={setPosition('jwt')}
            onRecheckHealth={recheck}
          >
            <TokenStoragePicker
              value={options.tokenStorage}
              onChange={(tokenStorage) => {
                labs.jwt.setStorageMode(tokenStorage);
                setOptions({ ...options, tokenStorage });
              }}
            />
          </SideColumn>
        </div>
      </main>
      {view === 'cluster' ? (
        <Suspense fallback={<p className="presenter-loading">{t('common.loading')}</p>}>
          <ClusterView onExit={() => window.location.assign('#')} />
        </Suspense>
      ) : null}
      {view === 'attacks' ? (
        <Suspense fallback={<p className="presenter-loading">{t('common.loading')}</p>}>
          <AttacksView onExit={() => window.location.assign('#')} />
        </Suspense>
      ) : null}
      <footer className="footer">
        <p className="small muted">{t('app.footer')}</p>
      </footer>
      {presenting ? (
        <Suspense fallback={<p className="presenter-loading">{t('common.loading')}</p>}>
          <PresenterMode
            labs={labs}
            positions={positions}
            onPositionChange={(side, position) => setPosition(side)(position)}
            onExit={() => setPresenting(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
