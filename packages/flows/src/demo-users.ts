/**
 * The three demo accounts, as public data: what the README, the docs, the web app's login form and
 * every test name. @authlab/users seeds them (development only) from this list; browsers can import
 * it because it holds no hash and needs no Node API.
 *
 * DEMO PASSWORDS ARE PUBLIC. A production server never seeds these accounts and refuses a database
 * where one still accepts its password (@authlab/users/demo-password-check).
 *
 * Teaches: fixtures written once, so the docs, the UI and the tests cannot disagree on them.
 *
 * Flow step ids: none (the users every flow shows).
 * Reference: OWASP ASVS 4.0 V2.1.7 (no published credentials in production).
 */

export interface DemoUser {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly role: 'admin' | 'user';
  readonly disabled: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  {
    id: 42,
    name: 'John Doe',
    email: 'john@example.com',
    password: 'john-demo-pass',
    role: 'admin',
    disabled: false,
  },
  {
    id: 43,
    name: 'Jane Roe',
    email: 'jane@example.com',
    password: 'jane-demo-pass',
    role: 'user',
    disabled: false,
  },
  {
    id: 44,
    name: 'Sam Smith',
    email: 'sam@example.com',
    password: 'sam-demo-pass',
    role: 'user',
    disabled: true,
  },
]);
