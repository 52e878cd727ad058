/**
 * Every claim of a decoded token, with what it means. Registered claims follow RFC 7519 §4.1; `typ`
 * `at+jwt` is the access-token profile (RFC 9068); `name`, `role`, `ver`, `fid` are authlab's own.
 * NumericDate claims (iat, exp, nbf) are shown as local times; `exp` with a live countdown against
 * the server's clock (which the lab can move forward).
 */

import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatCountdown, formatLocalTime } from '../../lib/format.ts';
import { useNow } from '../common/use-now.ts';

const EXPLAINED_CLAIMS = new Set([
  'iss',
  'aud',
  'sub',
  'iat',
  'exp',
  'nbf',
  'jti',
  'name',
  'role',
  'ver',
  'fid',
  'typ',
  'alg',
  'kid',
]);
const TIME_CLAIMS = new Set(['iat', 'exp', 'nbf']);

interface ClaimsTableProps {
  readonly claims: Readonly<Record<string, unknown>>;
  readonly caption: string;
  /** Server clock minus browser clock, in ms (the lab clock offset). */
  readonly serverSkewMs: number;
}

function ExpiryCountdown({ expMs, serverSkewMs }: { expMs: number; serverSkewMs: number }) {
  const { t } = useI18n();
  const now = useNow();
  const remaining = expMs - (now + serverSkewMs);
  return (
    <span className={`countdown ${remaining <= 0 ? 'countdown--expired' : ''}`} data-countdown>
      {remaining > 0
        ? t('token.expiresIn', { time: formatCountdown(remaining) })
        : t('token.expiredAgo', { time: formatCountdown(-remaining) })}
    </span>
  );
}

export function ClaimsTable({ claims, caption, serverSkewMs }: ClaimsTableProps) {
  const { t, language } = useI18n();
  return (
    <table className="claims-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('token.claim')}</th>
          <th scope="col">{t('token.value')}</th>
          <th scope="col">{t('token.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(claims).map(([name, value]) => {
          const isTime = TIME_CLAIMS.has(name) && typeof value === 'number';
          return (
            <tr key={name} data-claim={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                <code className="break">{JSON.stringify(value)}</code>
                {isTime ? (
                  <>
                    <br />
                    <time dateTime={new Date(value * 1000).toISOString()}>
                      {formatLocalTime(value * 1000, language)}
                    </time>
                    {name === 'exp' ? (
                      <>
                        <br />
                        <ExpiryCountdown expMs={value * 1000} serverSkewMs={serverSkewMs} />
                      </>
                    ) : null}
                  </>
                ) : null}
              </td>
              <td>
                {EXPLAINED_CLAIMS.has(name) ? t(`claim.${name}` as MessageKey) : t('claim.unknown')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
