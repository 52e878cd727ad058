/**
 * The attack panels, in teaching order: one folder each under features/attacks/, loaded only when
 * the Attacks area opens. A new attack adds its folder and one line here.
 */
import type { Localized } from '@authlab/flows/localized';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

export interface AttackPanel {
  /** The attack id of its lab modes (@authlab/flows/lab-modes) and of `data-attack`. */
  readonly id: string;
  readonly title: Localized;
  readonly Panel: LazyExoticComponent<ComponentType>;
}

export const ATTACK_PANELS: readonly AttackPanel[] = [
  {
    id: 'xss',
    title: { en: 'XSS by storage mode', vi: 'XSS theo cách lưu trữ token' },
    Panel: lazy(() => import('./xss/xss-panel.tsx')),
  },
  {
    id: 'csrf',
    title: { en: 'Cross-site request forgery', vi: 'Giả mạo request liên site (CSRF)' },
    Panel: lazy(() => import('./csrf/csrf-panel.tsx')),
  },
  {
    id: 'fixation',
    title: { en: 'Session fixation', vi: 'Cố định session (session fixation)' },
    Panel: lazy(() => import('./fixation/fixation-panel.tsx')),
  },
  {
    id: 'two-tabs',
    title: { en: 'Two tabs, one refresh token', vi: 'Hai tab, một refresh token' },
    Panel: lazy(() => import('./two-tabs/two-tabs-panel.tsx')),
  },
  {
    id: 'forged-tokens',
    title: { en: 'Forged tokens', vi: 'Token giả mạo' },
    Panel: lazy(() => import('./forgery/forgery-panel.tsx')),
  },
  {
    id: 'stolen-refresh-token',
    title: { en: 'A stolen refresh token', vi: 'Refresh token bị đánh cắp' },
    Panel: lazy(() => import('./stolen-refresh/stolen-refresh-panel.tsx')),
  },
  {
    id: 'replay-after-logout',
    title: {
      en: 'Replay after logout: the revocation-latency ledger',
      vi: 'Gửi lại sau logout: bảng độ trễ thu hồi',
    },
    Panel: lazy(() => import('./ledger/ledger-panel.tsx')),
  },
];
