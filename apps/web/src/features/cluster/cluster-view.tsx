/**
 * "Several servers": the architecture section, live. Both columns get the same controls — log
 * in, send N requests, revoke on one instance then ask all, sticky routing, stop/start instance
 * 2 — against the cluster lab's balancers, and show which instance answered each request and how.
 * The group picker switches both columns between per-instance memory stores and one shared Redis;
 * `es256` (JWT only: one signer, two verifiers with its JWKS) adds "Rotate signing key", and each
 * JWT answer shows the `kid` of the token it carried.
 *
 * Flows (@authlab/flows, the architecture section): session.architecture-memory,
 * session.architecture-redis, session.architecture-sticky, session.architecture-logout,
 * jwt.architecture, jwt.architecture-logout-memory, jwt.architecture-logout-redis,
 * jwt.architecture-key-rotation.
 * Reference: docs/cluster-lab.md.
 */

import { SIDES, type Side } from '@authlab/flows/api-types';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  type ClusterAnswer,
  type ClusterClient,
  createClusterClient,
  LAB_DOWN_RETRY_MS,
  STATUS_REFRESH_MS,
} from './cluster-client.ts';
import { ClusterColumn, type ClusterSideState } from './cluster-column.tsx';
import { ClusterControls } from './cluster-controls.tsx';
import { type ClusterGroup, hasClusterGroup } from './cluster-routes.ts';

/** After a revocation: enough requests to reach every instance of the group once. */
const ASK_AFTER_REVOKE = 3;
const EMPTY: ClusterSideState = { status: null, answers: [], unreachable: false };

export default function ClusterView({ onExit }: { onExit: () => void }) {
  const clients = useMemo<Record<Side, ClusterClient>>(
    () => ({ session: createClusterClient('session'), jwt: createClusterClient('jwt') }),
    [],
  );
  const [group, setGroup] = useState<ClusterGroup>('memory');
  const [count, setCount] = useState<number>(9);
  const [busy, setBusy] = useState(false);
  const [sides, setSides] = useState<Record<Side, ClusterSideState>>({
    session: EMPTY,
    jwt: EMPTY,
  });
  const update = (side: Side, change: Partial<ClusterSideState>) =>
    setSides((current) => ({ ...current, [side]: { ...current[side], ...change } }));

  const readStatus = useCallback(
    async (side: Side) => {
      try {
        const status = await clients[side].readStatus();
        setSides((current) => ({
          ...current,
          [side]: { ...current[side], status, unreachable: false },
        }));
        return true;
      } catch {
        setSides((current) => ({ ...current, [side]: { ...current[side], unreachable: true } }));
        return false;
      }
    },
    [clients],
  );

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const readBoth = async () => {
      const reachable = await Promise.all(SIDES.map((side) => readStatus(side)));
      if (stopped) return;
      const delayMs = reachable.every(Boolean) ? STATUS_REFRESH_MS : LAB_DOWN_RETRY_MS;
      timer = window.setTimeout(readBoth, delayMs);
    };
    void readBoth();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [readStatus]);

  /**
   * Runs `action` on both sides at once, shows its answers (null: a control action, the last
   * answers stay), then re-reads the instances.
   */
  const act = async (
    action: (client: ClusterClient, side: Side) => Promise<ClusterAnswer[] | null>,
  ) => {
    setBusy(true);
    await Promise.all(
      SIDES.filter((side) => hasClusterGroup(side, group)).map(async (side) => {
        try {
          const answers = await action(clients[side], side);
          if (answers !== null) update(side, { answers });
        } catch {
          update(side, { unreachable: true });
        }
        await readStatus(side);
      }),
    );
    setBusy(false);
  };

  const sticky = sides.session.status?.sticky ?? false;
  const instanceTwo = (side: Side) =>
    sides[side].status?.groups.find((g) => g.name === group)?.instances.find((i) => i.index === 2);
  const jwtOne = sides.jwt.status?.groups
    .find((g) => g.name === group)
    ?.instances.find((i) => i.index === 1);
  const twoRunning =
    instanceTwo(hasClusterGroup('session', group) ? 'session' : 'jwt')?.state !== 'stopped';

  return (
    <main id="cluster-main" className="main" data-view="cluster">
      <ClusterControls
        group={group}
        onGroupChange={(next) => {
          // The answers shown belong to the group they came from.
          setGroup(next);
          for (const side of SIDES) update(side, { answers: [] });
        }}
        count={count}
        onCountChange={setCount}
        busy={busy}
        sticky={sticky}
        instanceTwoRunning={twoRunning}
        onExit={onExit}
        onLogIn={() => act(async (client) => [await client.logIn(group)])}
        onAsk={() => act((client) => client.askMe(group, count))}
        onRevoke={() =>
          act(async (client) => [
            await client.revoke(group),
            ...(await client.askMe(group, ASK_AFTER_REVOKE)),
          ])
        }
        onToggleSticky={() => act((client) => client.setSticky(!sticky).then(() => null))}
        onRotateKey={
          group === 'es256' ? () => act((client) => client.rotateKey(group).then(() => null)) : null
        }
        onToggleOwnSecret={
          group === 'es256'
            ? null
            : () =>
                act((client, side) =>
                  side === 'jwt'
                    ? client.setOwnSecret(`jwt-${group}-1`, !jwtOne?.own_secret).then(() => null)
                    : Promise.resolve(null),
                )
        }
        ownSecret={jwtOne?.own_secret ?? false}
        onToggleInstanceTwo={() =>
          act((client, side) =>
            client
              .setInstance(`${side}-${group}-2`, twoRunning ? 'stop' : 'start')
              .then(() => null),
          )
        }
      />
      <div className="columns">
        {SIDES.map((side) => (
          <ClusterColumn key={side} side={side} group={group} state={sides[side]} />
        ))}
      </div>
    </main>
  );
}
