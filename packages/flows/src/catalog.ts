/**
 * Every flow, in teaching order, and the helpers that read them: look a flow up by id, and list
 * the server step ids a flow's requests report, which is what the API tests compare with the
 * concatenated `Server-Timing` headers of the requests they make for that flow.
 *
 * Reference: docs/reference/http-api.md ("Routes and the steps they report").
 */

import {
  JWT_ARCHITECTURE_FLOW,
  SESSION_ARCHITECTURE_MEMORY_FLOW,
  SESSION_ARCHITECTURE_REDIS_FLOW,
} from './flows/architecture.ts';
import {
  JWT_ARCHITECTURE_LOGOUT_MEMORY_FLOW,
  JWT_ARCHITECTURE_LOGOUT_REDIS_FLOW,
  SESSION_ARCHITECTURE_LOGOUT_FLOW,
  SESSION_ARCHITECTURE_STICKY_FLOW,
} from './flows/architecture-cluster.ts';
import { JWT_ARCHITECTURE_KEY_ROTATION_FLOW } from './flows/architecture-key-rotation.ts';
import { JWT_ATTACK_CSRF_FLOW, SESSION_ATTACK_CSRF_FLOW } from './flows/attack-csrf.ts';
import { SESSION_ATTACK_FIXATION_FLOW } from './flows/attack-fixation.ts';
import { JWT_FORGED_TOKEN_FLOW } from './flows/attack-forged-token.ts';
import { JWT_REPLAY_AFTER_LOGOUT_FLOW } from './flows/attack-replay-after-logout.ts';
import { JWT_STOLEN_REFRESH_TOKEN_FLOW } from './flows/attack-stolen-refresh-token.ts';
import { JWT_ATTACK_TWO_TABS_FLOW } from './flows/attack-two-tabs.ts';
import {
  JWT_ATTACK_XSS_DOCUMENTS_FLOW,
  JWT_ATTACK_XSS_MEMORY_FLOW,
  SESSION_ATTACK_XSS_FLOW,
} from './flows/attack-xss.ts';
import { SESSION_EXPIRY_FLOW } from './flows/expiry.ts';
import { JWT_EXPIRY_FLOW } from './flows/jwt-expiry.ts';
import { JWT_LOGOUT_FLOW } from './flows/jwt-logout.ts';
import { JWT_LOGOUT_ALL_FLOW } from './flows/jwt-logout-all.ts';
import { JWT_PASSWORD_CHANGE_FLOW } from './flows/jwt-password-change.ts';
import { JWT_DISABLE_USER_FLOW, JWT_REVOCATION_FLOW } from './flows/jwt-revocation.ts';
import { JWT_LOGIN_FLOW, SESSION_LOGIN_FLOW } from './flows/login.ts';
import { SESSION_LOGOUT_FLOW } from './flows/logout.ts';
import { SESSION_LOGOUT_ALL_FLOW } from './flows/logout-all.ts';
import { JWT_LOGOUT_CLIENT_ONLY_FLOW } from './flows/logout-client-only.ts';
import { SESSION_PASSWORD_CHANGE_FLOW } from './flows/password-change.ts';
import { JWT_REFRESH_FLOW } from './flows/refresh.ts';
import { JWT_REFRESH_REUSE_FLOW } from './flows/refresh-reuse.ts';
import { JWT_REQUEST_FLOW, SESSION_REQUEST_FLOW } from './flows/request.ts';
import { SESSION_DISABLE_USER_FLOW, SESSION_REVOCATION_FLOW } from './flows/revocation.ts';
import { JWT_STORAGE_FLOW, SESSION_STORAGE_FLOW } from './flows/storage.ts';
import { JWT_STORAGE_DOCUMENTS_FLOW } from './flows/storage-documents.ts';
import type { Localized } from './localized.ts';
import type { ServerStepId } from './step-ids.ts';
import type { Flow, FlowSection, StepOutcome } from './types.ts';

export const FLOWS: readonly Flow[] = [
  SESSION_LOGIN_FLOW,
  JWT_LOGIN_FLOW,
  SESSION_REQUEST_FLOW,
  JWT_REQUEST_FLOW,
  JWT_REFRESH_FLOW,
  JWT_REFRESH_REUSE_FLOW,
  SESSION_LOGOUT_FLOW,
  JWT_LOGOUT_FLOW,
  JWT_LOGOUT_CLIENT_ONLY_FLOW,
  SESSION_LOGOUT_ALL_FLOW,
  JWT_LOGOUT_ALL_FLOW,
  SESSION_REVOCATION_FLOW,
  JWT_REVOCATION_FLOW,
  SESSION_DISABLE_USER_FLOW,
  JWT_DISABLE_USER_FLOW,
  SESSION_PASSWORD_CHANGE_FLOW,
  JWT_PASSWORD_CHANGE_FLOW,
  SESSION_EXPIRY_FLOW,
  JWT_EXPIRY_FLOW,
  SESSION_ARCHITECTURE_MEMORY_FLOW,
  SESSION_ARCHITECTURE_REDIS_FLOW,
  JWT_ARCHITECTURE_FLOW,
  SESSION_ARCHITECTURE_STICKY_FLOW,
  SESSION_ARCHITECTURE_LOGOUT_FLOW,
  JWT_ARCHITECTURE_LOGOUT_MEMORY_FLOW,
  JWT_ARCHITECTURE_LOGOUT_REDIS_FLOW,
  JWT_ARCHITECTURE_KEY_ROTATION_FLOW,
  SESSION_STORAGE_FLOW,
  JWT_STORAGE_FLOW,
  JWT_STORAGE_DOCUMENTS_FLOW,
  SESSION_ATTACK_XSS_FLOW,
  JWT_ATTACK_XSS_DOCUMENTS_FLOW,
  JWT_ATTACK_XSS_MEMORY_FLOW,
  SESSION_ATTACK_CSRF_FLOW,
  JWT_ATTACK_CSRF_FLOW,
  SESSION_ATTACK_FIXATION_FLOW,
  JWT_ATTACK_TWO_TABS_FLOW,
  JWT_FORGED_TOKEN_FLOW,
  JWT_STOLEN_REFRESH_TOKEN_FLOW,
  JWT_REPLAY_AFTER_LOGOUT_FLOW,
];

const FLOWS_BY_ID: ReadonlyMap<string, Flow> = new Map(FLOWS.map((flow) => [flow.id, flow]));

export function getFlow(id: string): Flow | null {
  return FLOWS_BY_ID.get(id) ?? null;
}

/** The ordered ids of the flow's server steps: the concatenated Server-Timing ids of its requests. */
export function serverStepIds(flow: Flow): ServerStepId[] {
  return flow.steps.flatMap((step) => (step.side === 'server' ? [step.id] : []));
}

export interface ExpectedTraceEntry {
  readonly id: ServerStepId;
  readonly outcome?: StepOutcome;
}

/** Like `serverStepIds`, with the `desc` expected on steps that did not succeed. */
export function expectedServerTrace(flow: Flow): ExpectedTraceEntry[] {
  return flow.steps.flatMap((step) => {
    if (step.side !== 'server') return [];
    return [step.outcome ? { id: step.id, outcome: step.outcome } : { id: step.id }];
  });
}

/**
 * The server steps of the flow's `index`-th request (0-based): a request is a run of consecutive
 * server steps, between the browser's steps. What one response's Server-Timing should list, so a
 * route test can take its expected steps from the flow instead of copying them.
 */
export function serverStepIdsOfRequest(flow: Flow, index: number): ServerStepId[] {
  const requests: ServerStepId[][] = [];
  let previousWasServer = false;
  for (const step of flow.steps) {
    if (step.side === 'server') {
      if (!previousWasServer) requests.push([]);
      requests.at(-1)?.push(step.id);
    }
    previousWasServer = step.side === 'server';
  }
  const request = requests[index];
  if (request === undefined) throw new Error(`${flow.id} has no request ${index}.`);
  return request;
}

export interface SectionInfo {
  readonly id: FlowSection;
  readonly title: Localized;
  /** The matching heading of document 004, if the section comes from it. */
  readonly documentHeading: string | null;
}

export const SECTIONS: readonly SectionInfo[] = [
  { id: 'login', title: { en: 'Login', vi: 'Đăng nhập' }, documentHeading: 'Login Flow' },
  {
    id: 'protected-request',
    title: { en: 'Protected request', vi: 'Request cần đăng nhập' },
    documentHeading: 'Protected API Request Flow',
  },
  {
    id: 'token-refresh',
    title: { en: 'Token refresh', vi: 'Refresh token' },
    documentHeading: 'Token Refresh Flow (JWT Only)',
  },
  { id: 'logout', title: { en: 'Logout', vi: 'Đăng xuất' }, documentHeading: 'Logout Flow' },
  {
    id: 'revocation',
    title: { en: 'Revocation', vi: 'Thu hồi' },
    documentHeading: 'Security Considerations',
  },
  {
    id: 'password-change',
    title: { en: 'Password change', vi: 'Đổi mật khẩu' },
    documentHeading: null,
  },
  {
    id: 'expiration',
    title: { en: 'Expiration', vi: 'Hết hạn' },
    documentHeading: 'Expiration Handling',
  },
  {
    id: 'architecture',
    title: { en: 'Architecture', vi: 'Kiến trúc' },
    documentHeading: 'Architecture Differences',
  },
  {
    id: 'attacks',
    title: { en: 'Attacks', vi: 'Tấn công' },
    documentHeading: 'Security Considerations',
  },
  {
    id: 'data-storage',
    title: { en: 'Data storage', vi: 'Lưu trữ dữ liệu' },
    documentHeading: 'Data Storage Comparison',
  },
];
