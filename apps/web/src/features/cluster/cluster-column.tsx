/**
 * One API's column in the "Several servers" view: its group's instances and their state, what
 * this group is expected to show, and every answer of the last action — which instance answered,
 * with which status and error code.
 */
import { Panel } from '../../components/state/panel.tsx';
import type { Side } from '../../lib/api-types.ts';
import type { ClusterAnswer, ClusterStatus } from './cluster-client.ts';
import type { ClusterGroup } from './cluster-routes.ts';
import { useClusterText } from './use-cluster-text.ts';

export interface ClusterSideState {
  readonly status: ClusterStatus | null;
  readonly answers: readonly ClusterAnswer[];
  readonly unreachable: boolean;
}

interface ClusterColumnProps {
  readonly side: Side;
  readonly group: ClusterGroup;
  readonly state: ClusterSideState;
}

function AnswerTable({ answers }: { answers: readonly ClusterAnswer[] }) {
  const t = useClusterText();
  const gets = answers.filter((answer) => answer.label === 'GET /me');
  const ok = gets.filter((answer) => answer.status === 200).length;
  const instances = new Set(gets.map((answer) => answer.instanceId)).size;
  return (
    <>
      {gets.length > 0 ? (
        <p className="small" data-summary>
          {t('summary', { count: gets.length, instances, ok, refused: gets.length - ok })}
        </p>
      ) : null}
      <table className="trace-table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('request')}</th>
            <th>{t('instance')}</th>
            <th>{t('status')}</th>
            <th>{t('code')}</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((answer, position) => (
            <tr
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
              key={position}
              data-answer
              data-instance={answer.instanceId ?? ''}
              data-status={answer.status}
            >
              <td>{position + 1}</td>
              <td className="mono">{answer.label}</td>
              <td className="mono">{answer.instanceId ?? '—'}</td>
              <td className={answer.status < 300 ? 'status--ok' : 'status--failed'}>
                {answer.status}
              </td>
              <td className="mono">{answer.code ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ClusterColumn({ side, group, state }: ClusterColumnProps) {
  const t = useClusterText();
  const groupStatus = state.status?.groups.find((candidate) => candidate.name === group);
  return (
    <section className={`column column--${side}`} data-side={side} data-cluster-column>
      <header className="column__header">
        <h2 className="column__title">{side === 'session' ? 'Session' : 'JWT'}</h2>
        <p className="column__subtitle">{t(`lesson.${side}.${group}`)}</p>
      </header>
      {state.unreachable ? <p className="alert">{t('down')}</p> : null}
      {groupStatus !== undefined && !groupStatus.available ? (
        <p className="alert" data-group-unavailable>
          {groupStatus.message}
        </p>
      ) : null}
      <div className="column__section">
        <Panel title={t('instances')} icon="▦" testId="cluster-instances">
          <ul className="chips">
            {(groupStatus?.instances ?? []).map((instance) => (
              <li
                key={instance.id}
                className={`chip ${instance.state === 'running' ? 'chip--lock' : 'chip--muted'}`}
                data-instance-id={instance.id}
                data-state={instance.state}
              >
                {instance.id} · {instance.state}
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('answers')} icon="⇄" testId="cluster-answers">
          {state.answers.length === 0 ? (
            <p className="muted small">{t('empty')}</p>
          ) : (
            <AnswerTable answers={state.answers} />
          )}
        </Panel>
      </div>
    </section>
  );
}
