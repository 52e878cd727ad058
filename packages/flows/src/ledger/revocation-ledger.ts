/**
 * The revocation-latency ledger: for each design, each credential and each event (logout,
 * password change, an admin revoking every login of the user or disabling the account), how long the OLD credential kept working —
 * as measured by replaying it against the running servers (replay-until-refused.ts). The results
 * are data (apps/bench/results/revocation-ledger.json, written by `pnpm --filter @authlab/bench
 * ledger`); this file names the rows and renders the table the docs and the web panel show.
 *
 * Teaches: "how long does a logout take to bite?" per design: a server-side session or a checked
 * denylist / credential floor answers 0; the documents' stateless JWT answers "until exp".
 *
 * Flow step ids: none (a table of measurements).
 * Reference: OWASP JSON Web Token Cheat Sheet, "No Built-In Token Revocation by the User"; OWASP
 * Session Management Cheat Sheet; RFC 9700 §4.14.2.
 */
import type { Language, Localized } from '../localized.ts';
import type { ReplayLatency, ReplaySchedule } from './replay-until-refused.ts';

export type LedgerDesign = 'session' | 'jwt' | 'jwt-stateless';
export type LedgerCredential = 'session-cookie' | 'access-token' | 'refresh-token';
export type LedgerEvent = 'logout' | 'password-change' | 'admin-revoke' | 'admin-disable';

export interface LedgerRow extends ReplayLatency {
  readonly design: LedgerDesign;
  readonly credential: LedgerCredential;
  readonly event: LedgerEvent;
}

const EVERY_MINUTE_FOR_2_HOURS: ReplaySchedule = {
  stepSeconds: 60,
  maxSeconds: 7_200,
  precisionSeconds: 1,
};
const EVERY_DAY_FOR_8_DAYS: ReplaySchedule = {
  stepSeconds: 86_400,
  maxSeconds: 691_200,
  precisionSeconds: 1,
};

/**
 * How each credential is replayed — one table for the ledger script and the web panel, so the page
 * measures what the docs table says. Refresh tokens live for days, so they are probed by the day,
 * past the 7-day family limit.
 */
export const REPLAY_SCHEDULES: Readonly<Record<LedgerCredential, ReplaySchedule>> = {
  'session-cookie': EVERY_MINUTE_FOR_2_HOURS,
  'access-token': EVERY_MINUTE_FOR_2_HOURS,
  'refresh-token': EVERY_DAY_FOR_8_DAYS,
};

export interface LedgerResults {
  /** When the ledger was measured (ISO 8601): the servers' real clock, not the lab clock. */
  readonly measuredAt: string;
  readonly rows: readonly LedgerRow[];
}

export const LEDGER_DESIGN_LABELS: Readonly<Record<LedgerDesign, Localized>> = {
  session: { en: 'Session (server-side record)', vi: 'Session (bản ghi phía server)' },
  jwt: {
    en: 'JWT with denylist, refresh families and credential floor (default)',
    vi: 'JWT có denylist, refresh family và credential floor (mặc định)',
  },
  'jwt-stateless': {
    en: "Documents' stateless JWT (lab mode jwt-stateless-no-revocation)",
    vi: 'JWT stateless như tài liệu (lab mode jwt-stateless-no-revocation)',
  },
};

export const LEDGER_CREDENTIAL_LABELS: Readonly<Record<LedgerCredential, Localized>> = {
  'session-cookie': { en: 'session cookie', vi: 'cookie session' },
  'access-token': { en: 'access token', vi: 'access token' },
  'refresh-token': { en: 'refresh token', vi: 'refresh token' },
};

export const LEDGER_EVENT_LABELS: Readonly<Record<LedgerEvent, Localized>> = {
  logout: { en: 'logout', vi: 'logout' },
  'password-change': { en: 'password change', vi: 'đổi mật khẩu' },
  'admin-revoke': {
    en: "admin revokes the user's logins",
    vi: 'admin thu hồi mọi phiên đăng nhập của user',
  },
  'admin-disable': { en: 'admin disables the user', vi: 'admin khóa tài khoản' },
};

const HEADINGS: Readonly<Record<Language, readonly string[]>> = {
  en: ['design', 'credential', 'event', 'last accepted replay', 'first refused replay', 'replays'],
  vi: [
    'thiết kế',
    'thông tin xác thực',
    'sự kiện',
    'lần gửi lại cuối còn được nhận',
    'lần đầu bị từ chối',
    'số lần gửi',
  ],
};

const NEVER: Localized = { en: 'never (refused at once)', vi: 'không lần nào (bị từ chối ngay)' };
const NOT_YET: Localized = { en: 'not within the run', vi: 'chưa trong lần đo' };

/** `905 s (15 min 5 s)` after the event: seconds, and the same in larger units when it helps. */
export function formatLatency(seconds: number, language: Language): string {
  const day = 86_400;
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of [
    [day, language === 'en' ? 'd' : 'ngày'],
    [3600, 'h'],
    [60, 'min'],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
  }
  if (parts.length === 0) return `${seconds} s`;
  if (rest > 0) parts.push(`${rest} s`);
  return `${seconds} s (${parts.join(' ')})`;
}

/** The ledger as a Markdown table, one row per measurement. */
export function renderLedgerTable(results: LedgerResults, language: Language): string {
  const lines = [`| ${HEADINGS[language].join(' | ')} |`, '| --- | --- | --- | --- | --- | ---: |'];
  for (const row of results.rows) {
    const accepted =
      row.lastAcceptedSeconds === null
        ? NEVER[language]
        : formatLatency(row.lastAcceptedSeconds, language);
    const refused =
      row.firstRefusedSeconds === null
        ? NOT_YET[language]
        : formatLatency(row.firstRefusedSeconds, language);
    const cells = [
      LEDGER_DESIGN_LABELS[row.design][language],
      LEDGER_CREDENTIAL_LABELS[row.credential][language],
      LEDGER_EVENT_LABELS[row.event][language],
      accepted,
      refused,
      String(row.replays),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
