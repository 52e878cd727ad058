/**
 * One API's column in the "Several servers" view: its group's instances and their state, what
 * this group is expected to show, and every answer of the last action — which instance answered,
 * with which status and error code, and on the JWT side the `kid` of the token it carried. The
 * `es256` group also shows the kid the signer signs with now and each instance's role.
 */

import type { Side } from '@authlab/flows/api-types';
import { Panel } from '../../components/state/panel.tsx';
import { type ClusterAnswer, type ClusterStatus, LAB_DOWN_RETRY_MS } from './cluster-client.ts';
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

/** A kid is a 43-character thumbprint: its start is enough to tell two keys apart. */
const shortKid = (kid: string) => `${kid.slice(0, 8)}…`;

function AnswerTable({
  answers,
  showKid,
}: {
  answers: readonly ClusterAnswer[];
  showKid: boolean;
}) {
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
            {showKid ? <th>{t('kid')}</th> : null}
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
              {showKid ? (
                <td className="mono" data-kid={answer.kid ?? ''}>
                  {answer.kid ? shortKid(answer.kid) : ''}
                </td>
              ) : null}
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
  const signingKid = groupStatus?.signing_kid;
  return (
    <section className={`column column--${side}`} data-side={side} data-cluster-column>
      <header className="column__header">
        <h2 className="column__title">{side === 'session' ? 'Session' : 'JWT'}</h2>
        <p className="column__subtitle">{t(`lesson.${side}.${group}`)}</p>
      </header>
      {state.unreachable ? (
        <p className="alert">{t('down', { seconds: LAB_DOWN_RETRY_MS / 1000 })}</p>
      ) : null}
      {signingKid === undefined ? null : (
        <p className="small" data-signing-kid={signingKid ?? ''}>
          {signingKid === null
            ? t('signerStopped')
            : t('signingKid', { kid: shortKid(signingKid) })}
        </p>
      )}
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
                data-own-secret={instance.own_secret ? 'true' : undefined}
              >
                {instance.id} ·{' '}
                {instance.role === undefined ? '' : `${t(`role.${instance.role}`)} · `}
                {instance.state}
                {instance.own_secret ? ` · ${t('ownSecret.chip')}` : ''}
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('answers')} icon="⇄" testId="cluster-answers">
          {state.answers.length === 0 ? (
            <p className="muted small">{t('empty')}</p>
          ) : (
            <AnswerTable answers={state.answers} showKid={side === 'jwt'} />
          )}
        </Panel>
      </div>
    </section>
  );
}
