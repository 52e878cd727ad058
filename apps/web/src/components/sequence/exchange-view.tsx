/**
 * The raw HTTP exchange behind a step: request line, headers, body; status, headers, body; and
 * the server's step trace.
 *
 * Two header lines the page cannot see are filled in and labelled: `Cookie` is added by the browser
 * (a forbidden request header, Fetch §2.2.2) — shown from the lab view's `cookies_received`; and
 * `Set-Cookie` is never exposed to script (a forbidden response header name) — shown as the change
 * the lab view saw in the cookie jar, when there was one.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDuration } from '../../lib/format.ts';
import type { JarCookie, RecordedExchange } from '../../lib/run-store.ts';
import { JsonBlock } from '../common/json-block.tsx';

const REASON_PHRASES: Readonly<Record<number, string>> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function describeAttributes(cookie: JarCookie): string {
  const attributes: string[] = [];
  if (cookie.path !== null) attributes.push(`Path=${cookie.path}`);
  if (cookie.httpOnly) attributes.push('HttpOnly');
  if (cookie.sameSite !== null) attributes.push(`SameSite=${cookie.sameSite}`);
  if (cookie.secure) attributes.push('Secure');
  return attributes.join('; ');
}

interface HeaderRow {
  readonly name: string;
  readonly value: string;
  readonly note?: string;
}

function HeaderTable({ rows, caption }: { rows: readonly HeaderRow[]; caption: string }) {
  return (
    <table className="header-table">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.name}:${row.value}`}
            className={row.note ? 'header-table__row--added' : undefined}
          >
            <th scope="row">{row.name}</th>
            <td>
              <code>{row.value}</code>
              {row.note ? <span className="badge badge--muted">{row.note}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExchangeView({ exchange }: { exchange: RecordedExchange }) {
  const { t } = useI18n();
  const requestRows: HeaderRow[] = Object.entries(exchange.requestHeaders).map(([name, value]) => ({
    name,
    value,
  }));
  if (UNSAFE_METHODS.has(exchange.method)) {
    requestRows.push({
      name: 'origin',
      value: window.location.origin,
      note: t('exchange.addedByBrowser'),
    });
  }
  if (exchange.cookiesSent.length > 0) {
    requestRows.push({
      name: 'cookie',
      value: exchange.cookiesSent
        .map((cookie) => `${cookie.name}=${cookie.value ?? t('exchange.hiddenValue')}`)
        .join('; '),
      note: t('exchange.cookieSentByBrowser'),
    });
  }
  const responseRows: HeaderRow[] = Object.entries(exchange.responseHeaders).map(
    ([name, value]) => ({ name, value }),
  );
  for (const change of exchange.cookieChanges) {
    const value =
      change.change === 'set'
        ? `${change.name}=${change.cookie.value ?? t('exchange.hiddenValue')}; ${describeAttributes(change.cookie)}`
        : `${change.name}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${describeAttributes(change.cookie)}`;
    responseRows.push({ name: 'set-cookie', value, note: t('exchange.setCookieHidden') });
  }
  const status =
    exchange.status === null
      ? t('exchange.noAnswer')
      : `${exchange.status} ${REASON_PHRASES[exchange.status] ?? ''}`.trim();

  return (
    <div className="exchange" data-exchange-id={exchange.id}>
      <section className="exchange__part" aria-label={t('exchange.request')}>
        <h3>{t('exchange.request')}</h3>
        <p className="exchange__line">
          <code>
            {exchange.method} {exchange.url}
          </code>
        </p>
        <HeaderTable rows={requestRows} caption={t('exchange.requestHeaders')} />
        {exchange.requestBody !== null && exchange.requestBody !== undefined ? (
          <JsonBlock value={exchange.requestBody} label={t('exchange.requestBody')} />
        ) : null}
      </section>
      <section className="exchange__part" aria-label={t('exchange.response')}>
        <h3>{t('exchange.response')}</h3>
        <p className="exchange__line">
          <code>HTTP {status}</code>{' '}
          <span className="muted">{formatDuration(exchange.durationMs)}</span>
        </p>
        <HeaderTable rows={responseRows} caption={t('exchange.responseHeaders')} />
        {exchange.cookieChanges.length === 0 ? (
          <p className="muted small">{t('exchange.noSetCookieSeen')}</p>
        ) : null}
        {exchange.serverSteps.length > 0 ? (
          <table className="trace-table">
            <caption>{t('exchange.trace')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.traceStep')}</th>
                <th scope="col">{t('exchange.traceDuration')}</th>
                <th scope="col">{t('exchange.traceOutcome')}</th>
              </tr>
            </thead>
            <tbody>
              {exchange.serverSteps.map((step, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a trace never reorders, and one id can repeat in it.
                <tr key={`${step.id}-${index}`}>
                  <td>
                    <code>{step.id}</code>
                  </td>
                  <td>{formatDuration(step.durationMs)}</td>
                  <td>{step.outcome ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {exchange.responseBody !== null && exchange.responseBody !== '' ? (
          <JsonBlock value={exchange.responseBody} label={t('exchange.responseBody')} />
        ) : null}
      </section>
    </div>
  );
}
