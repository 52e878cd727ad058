/**
 * The browser's cookie jar for this API, with each cookie's attributes. The page cannot read an
 * HttpOnly cookie (RFC 6265 §4.1.2.6), so the jar is shown as the API's lab view saw it arrive in
 * the `Cookie` header — or, for a cookie sent only to another path (the refresh token,
 * Path=…/refresh), as the last login or refresh left it — and labelled as such.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import type { JarCookie } from '../../lib/run-store.ts';
import { Panel } from './panel.tsx';

function CookieRow({ cookie }: { cookie: JarCookie }) {
  const { t } = useI18n();
  return (
    <li
      className="cookie"
      data-cookie={cookie.name}
      data-browser={cookie.browser}
      data-store-key={cookie.storeKey}
    >
      <div className="cookie__head">
        <code className="cookie__name">{cookie.name}</code>
        <code className="cookie__value">= {cookie.value ?? t('state.cookieValueHidden')}</code>
      </div>
      <div className="chips">
        {cookie.httpOnly ? <span className="chip chip--lock">HttpOnly</span> : null}
        {cookie.sameSite !== null ? <span className="chip">SameSite={cookie.sameSite}</span> : null}
        {cookie.path !== null ? <span className="chip">Path={cookie.path}</span> : null}
        {cookie.secure ? <span className="chip">Secure</span> : null}
        {cookie.browser === 'admin' ? (
          <span className="chip chip--muted">{t('state.adminConsole')}</span>
        ) : null}
      </div>
      {cookie.httpOnly ? (
        <p className="cookie__note">
          <span aria-hidden="true">⚷</span> {t('state.pageCannotRead')}
        </p>
      ) : null}
      <p className="cookie__source muted small">
        {cookie.source === 'lab-view' ? t('state.cookieFromLabView') : t('state.cookieInferred')}
        {cookie.note !== '' ? (
          <>
            {' '}
            — <span lang="en">{cookie.note}</span>
          </>
        ) : null}
      </p>
    </li>
  );
}

export function CookieJarPanel({ cookies }: { cookies: readonly JarCookie[] }) {
  const { t } = useI18n();
  return (
    <Panel title={t('state.cookieJar')} icon="◉" testId="cookie-jar">
      {cookies.length === 0 ? (
        <p className="muted">{t('state.empty')}</p>
      ) : (
        <ul className="plain-list">
          {cookies.map((cookie) => (
            <CookieRow key={`${cookie.browser}-${cookie.name}-${cookie.path}`} cookie={cookie} />
          ))}
        </ul>
      )}
    </Panel>
  );
}
