/**
 * Token anatomy (document 004, "JWT Token Anatomy"): the three base64url segments coloured apart
 * and labelled, the decoded header and payload, every claim explained, and the token's size next
 * to the session cookie's. Decoding happens here in the page; the token is not sent anywhere.
 *
 * Loaded lazily: most visits never open it, so it stays out of the initial bundle.
 * Reference: RFC 7515 §3 and §7.1 (JWS compact serialization), RFC 7519 §4 (claims), RFC 9068.
 */
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { decodeJwt, type JsonSegment } from '../../lib/jwt-decode.ts';
import { JsonBlock } from '../common/json-block.tsx';
import { ClaimsTable } from './claims-table.tsx';
import './token-anatomy.css';

export interface TokenAnatomyProps {
  readonly token: string | null;
  readonly title: string;
  /** `name=value` bytes of the session cookie(s) on the other side, for comparison. */
  readonly sessionCookieBytes: number;
  readonly serverSkewMs: number;
}

function SegmentError({ segment }: { segment: JsonSegment }) {
  const { t } = useI18n();
  if (segment.error === null) return null;
  return (
    <p className="error-text" role="alert">
      <span aria-hidden="true">✗</span> {t(`token.error.${segment.error}`)}
    </p>
  );
}

function Decoded({
  token,
  serverSkewMs,
  sessionCookieBytes,
}: {
  token: string;
  serverSkewMs: number;
  sessionCookieBytes: number;
}) {
  const { t } = useI18n();
  const decoded = decodeJwt(token);
  if (decoded.error !== null) {
    return (
      <p className="error-text" role="alert" data-token-error={decoded.error}>
        <span aria-hidden="true">✗</span> {t(`token.error.${decoded.error}`)}
      </p>
    );
  }
  return (
    <>
      <p className="token-size" data-token-bytes={decoded.sizeBytes}>
        {t('token.size', { token: decoded.sizeBytes, cookie: sessionCookieBytes })}
      </p>
      <p className="token-string" lang="en">
        <span className="token-string__part token-string__part--header">{decoded.header.raw}</span>
        <span className="token-string__dot">.</span>
        <span className="token-string__part token-string__part--payload">
          {decoded.payload.raw}
        </span>
        <span className="token-string__dot">.</span>
        <span className="token-string__part token-string__part--signature">
          {decoded.signature.raw}
        </span>
      </p>
      <ul className="token-legend">
        <li className="token-legend__item token-legend__item--header">
          <strong>{t('token.header')}</strong> — {t('token.headerExplained')}
        </li>
        <li className="token-legend__item token-legend__item--payload">
          <strong>{t('token.payload')}</strong> — {t('token.payloadExplained')}
        </li>
        <li className="token-legend__item token-legend__item--signature">
          <strong>{t('token.signature')}</strong> —{' '}
          {t('token.signatureExplained', { bytes: decoded.signature.bytes ?? '?' })}
        </li>
      </ul>
      <div className="token-parts">
        <div className="token-part token-part--header">
          <h5>{t('token.header')}</h5>
          <SegmentError segment={decoded.header} />
          {decoded.header.value !== null ? (
            <ClaimsTable
              claims={decoded.header.value}
              caption={t('token.header')}
              serverSkewMs={serverSkewMs}
            />
          ) : null}
        </div>
        <div className="token-part token-part--payload">
          <h5>{t('token.payload')}</h5>
          <SegmentError segment={decoded.payload} />
          {decoded.payload.value !== null ? (
            <>
              <ClaimsTable
                claims={decoded.payload.value}
                caption={t('token.payload')}
                serverSkewMs={serverSkewMs}
              />
              <details>
                <summary>{t('token.rawJson')}</summary>
                <JsonBlock value={decoded.payload.value} label={t('token.payload')} />
              </details>
            </>
          ) : null}
        </div>
      </div>
      <p className="muted small">{t('token.notVerified')}</p>
    </>
  );
}

export function TokenAnatomy({
  token,
  title,
  sessionCookieBytes,
  serverSkewMs,
}: TokenAnatomyProps) {
  const { t } = useI18n();
  const [pasted, setPasted] = useState('');
  const inputId = useId();
  return (
    <div className="token-anatomy" data-token-anatomy>
      <h4>{title}</h4>
      {token === null ? (
        <p className="muted">{t('token.none')}</p>
      ) : (
        <Decoded
          token={token}
          serverSkewMs={serverSkewMs}
          sessionCookieBytes={sessionCookieBytes}
        />
      )}
      <details className="token-paste">
        <summary>{t('token.pasteTitle')}</summary>
        <label htmlFor={inputId}>{t('token.pasteLabel')}</label>
        <textarea
          id={inputId}
          rows={3}
          value={pasted}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setPasted(event.target.value)}
        />
        {pasted.trim() !== '' ? (
          <Decoded
            token={pasted}
            serverSkewMs={serverSkewMs}
            sessionCookieBytes={sessionCookieBytes}
          />
        ) : null}
      </details>
    </div>
  );
}
