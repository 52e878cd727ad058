/**
 * The "Several servers" controls, the same for both columns: which group, how many requests, and
 * the actions. Sticky routing is a toggle (`aria-pressed`); "Stop instance 2" becomes "Start
 * instance 2" while it is stopped. "Rotate signing key" appears for the `es256` group only.
 */
import { CLUSTER_GROUPS, type ClusterGroup } from './cluster-routes.ts';
import { useClusterText } from './use-cluster-text.ts';

const REQUEST_COUNTS = [3, 6, 9, 12] as const;

interface ClusterControlsProps {
  readonly group: ClusterGroup;
  readonly onGroupChange: (group: ClusterGroup) => void;
  readonly count: number;
  readonly onCountChange: (count: number) => void;
  readonly busy: boolean;
  readonly sticky: boolean;
  readonly instanceTwoRunning: boolean;
  readonly onExit: () => void;
  readonly onLogIn: () => Promise<void>;
  readonly onAsk: () => Promise<void>;
  readonly onRevoke: () => Promise<void>;
  readonly onToggleSticky: () => Promise<void>;
  /** JWT HS256 groups only (null hides the button): instance 1 gets a secret of its own. */
  readonly onToggleOwnSecret: (() => Promise<void>) | null;
  readonly ownSecret: boolean;
  /** Only where the group has a signer (`es256`); null hides the button. */
  readonly onRotateKey: (() => Promise<void>) | null;
  readonly onToggleInstanceTwo: () => Promise<void>;
}

export function ClusterControls(props: ClusterControlsProps) {
  const t = useClusterText();
  const { busy } = props;
  const button = (action: string, label: string, onClick: () => Promise<void>, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      disabled={busy}
      data-action={action}
      onClick={() => void onClick()}
    >
      {label}
    </button>
  );
  return (
    <section className="scenario-bar" aria-label={t('title')}>
      <div>
        <h2 className="section-title">{t('title')}</h2>
        <p className="small">{t('intro')}</p>
        <button
          type="button"
          className="link-button"
          onClick={props.onExit}
          data-action="exit-cluster"
        >
          {t('back')}
        </button>
      </div>
      <fieldset className="scenario-options">
        <legend>{t('group')}</legend>
        {CLUSTER_GROUPS.map((name) => (
          <label key={name} className="radio" data-group={name}>
            <input
              type="radio"
              name="cluster-group"
              checked={props.group === name}
              onChange={() => props.onGroupChange(name)}
            />{' '}
            {t(`group.${name}`)}
          </label>
        ))}
        <label className="field">
          {t('count')}{' '}
          <select
            value={props.count}
            onChange={(event) => props.onCountChange(Number(event.target.value))}
            data-control="count"
          >
            {REQUEST_COUNTS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <div className="scenario-actions">
        {button('cluster-login', t('logIn'), props.onLogIn, true)}
        {button('cluster-ask', t('ask', { count: props.count }), props.onAsk)}
        {button('cluster-revoke', t('revoke'), props.onRevoke)}
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-pressed={props.sticky}
          data-action="cluster-sticky"
          onClick={() => void props.onToggleSticky()}
        >
          {t('sticky')}
        </button>
        {button(
          'cluster-instance-2',
          props.instanceTwoRunning ? t('stop') : t('start'),
          props.onToggleInstanceTwo,
        )}
        {props.onToggleOwnSecret === null
          ? null
          : button(
              'cluster-own-secret',
              props.ownSecret ? t('ownSecret.restore') : t('ownSecret.give'),
              props.onToggleOwnSecret,
            )}
        {props.onRotateKey === null
          ? null
          : button('cluster-rotate-key', t('rotate'), props.onRotateKey)}
      </div>
    </section>
  );
}
