/**
 * Small pieces the server-side panels share: a server time, the clock line (the lab can move the
 * server's clock; the VULNERABLE lab modes that are on are named there too), the chip that says "this entry is yours", and the users table row.
 */

import type { LabState, LabUser } from '@authlab/flows/api-types';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatOffset } from '../../lib/format.ts';
import { KeyValueList, Panel } from './panel.tsx';

export function Time({ value }: { value: string | number }) {
  const { language } = useI18n();
  const date = new Date(value);
  return <time dateTime={date.toISOString()}>{date.toLocaleTimeString(language)}</time>;
}

/** The lab view may shorten ids (`3f9a1c7b…`); compare what both sides show. */
export function isSameShortId(a: string, b: string): boolean {
  const left = a.replace(/…$/, '');
  const right = b.replace(/…$/, '');
  return left.startsWith(right) || right.startsWith(left);
}

export function OwnerChip({ label }: { label: string }) {
  return (
    <span className="chip chip--owner">
      <span aria-hidden="true">◉</span> {label}
    </span>
  );
}

export function ServerClockLine({ state }: { state: LabState }) {
  const { t } = useI18n();
  return (
    <p className="server-clock small" data-clock-offset={state.clock_offset_seconds}>
      {t('state.serverClock')} <Time value={state.now} />
      {state.clock_offset_seconds !== 0 ? (
        <span className="badge badge--warning">{formatOffset(state.clock_offset_seconds)}</span>
      ) : null}{' '}
      · {t('state.storeKind', { kind: state.store.kind })} · {state.instance_id}
      {state.lab_modes !== undefined && state.lab_modes.length > 0 ? (
        <span className="badge badge--warning" data-lab-modes={state.lab_modes.join(',')}>
          {t('state.labModes', { modes: state.lab_modes.join(', ') })}
        </span>
      ) : null}
    </p>
  );
}

export function UserRowPanel({ user }: { user: LabUser | null }) {
  const { t } = useI18n();
  const rows: [string, ReactNode][] =
    user === null
      ? []
      : [
          ['id', String(user.id)],
          ['email', user.email],
          ['role', user.role],
          ['disabled', user.disabled ? t('common.yes') : t('common.no')],
          ['credential_version', String(user.credential_version ?? '—')],
        ];
  return (
    <Panel title={t('state.usersRow')} icon="☰" testId="users-row">
      {user === null ? (
        <p className="muted">{t('state.noUser')}</p>
      ) : (
        <KeyValueList entries={rows} />
      )}
    </Panel>
  );
}
