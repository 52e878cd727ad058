/**
 * The XSS panel's JWT column: what the injected script read and minted, what the attacker's
 * server got when it replayed it, and what limits the design the column runs.
 */
import type { LabRequestEntry } from '@authlab/flows/api-types';
import { formatMessage, useI18n } from '../../../i18n/i18n.tsx';
import { shorten } from '../../../lib/format.ts';
import { FlowSteps } from '../flow-steps.tsx';
import { useAttacksText } from '../use-attacks-text.ts';
import type { JwtStorage } from './inject-script.ts';
import type { Replayed, Stolen } from './stolen-credentials.ts';
import { XSS_MESSAGES, type XssMessageKey } from './xss-messages.ts';

interface XssJwtColumnProps {
  readonly storage: JwtStorage;
  readonly stolen: Stolen;
  readonly replayed: readonly Replayed[] | null;
  readonly entries: readonly LabRequestEntry[];
}

export function XssJwtColumn({ storage, stolen, replayed, entries }: XssJwtColumnProps) {
  const { language } = useI18n();
  const text = useAttacksText();
  const xssText = (key: XssMessageKey, values?: Readonly<Record<string, string | number>>) =>
    formatMessage(XSS_MESSAGES[language][key], values);
  return (
    <div className="column" data-side="jwt" data-storage={storage}>
      <h4>{text('side.jwt')}</h4>
      <FlowSteps flowId={`jwt.attack-xss-${storage}`} entries={entries} />
      <h5>{xssText('stolen')}</h5>
      <ul>
        <li data-stolen="access_token">
          localStorage access_token:{' '}
          {stolen.storedAccessToken === null ? '—' : shorten(stolen.storedAccessToken, 16)}
        </li>
        <li data-stolen="refresh_token">
          localStorage refresh_token:{' '}
          {stolen.refreshToken === null ? '—' : shorten(stolen.refreshToken, 16)}
        </li>
      </ul>
      <p data-minted-status={stolen.mintedStatus ?? ''}>
        {stolen.mintedAccessToken === null
          ? xssText('mintRefused', { status: stolen.mintedStatus ?? '—' })
          : xssText('minted', { token: shorten(stolen.mintedAccessToken, 16) })}
      </p>
      {replayed === null ? null : (
        <ul data-replayed>
          {replayed.length === 0 ? <li>{xssText('replayed.none')}</li> : null}
          {replayed.map((result) => (
            <li key={result.route} data-replay={result.route} data-status={result.answer.status}>
              {xssText('replayed', {
                route: result.route,
                what: result.what,
                status: result.answer.status,
              })}
            </li>
          ))}
        </ul>
      )}
      <h5>{text('would')}</h5>
      <p>{xssText(storage === 'documents' ? 'explain.documents' : 'explain.memory')}</p>
    </div>
  );
}
