/**
 * The credentials every scenario uses, with the seeded demo users one click away. The password
 * field is a real password field (masked, `autocomplete="current-password"`): the lab is shown on
 * projectors, and learners copy what they see.
 */

import { DEMO_USERS } from '@authlab/flows/demo-users';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Credentials } from '../../lib/scenario.ts';

interface LoginFormProps {
  readonly credentials: Credentials;
  readonly onChange: (credentials: Credentials) => void;
}

export function LoginForm({ credentials, onChange }: LoginFormProps) {
  const { t } = useI18n();
  const emailId = useId();
  const passwordId = useId();
  return (
    <fieldset className="login-form">
      <legend>{t('login.legend')}</legend>
      <div className="field">
        <label htmlFor={emailId}>{t('login.email')}</label>
        <input
          id={emailId}
          type="email"
          autoComplete="username"
          value={credentials.email}
          onChange={(event) => onChange({ ...credentials, email: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={passwordId}>{t('login.password')}</label>
        <input
          id={passwordId}
          type="password"
          autoComplete="current-password"
          value={credentials.password}
          onChange={(event) => onChange({ ...credentials, password: event.target.value })}
        />
      </div>
      <div className="demo-users">
        <p className="small muted">{t('login.demoUsers')}</p>
        <ul className="plain-list">
          {DEMO_USERS.map((user) => (
            <li key={user.email}>
              <button
                type="button"
                className="demo-user"
                aria-pressed={credentials.email === user.email}
                onClick={() => onChange({ email: user.email, password: user.password })}
              >
                <code>{user.email}</code> / <code>{user.password}</code>{' '}
                <span className={`chip chip--${user.disabled ? 'muted' : 'role'}`}>
                  {t(`login.role.${user.role}`)}
                  {user.disabled ? `, ${t('login.disabled')}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
