/**
 * The JSON both APIs answer with, as docs/reference/http-api.md describes it: one contract that the
 * APIs check their answers against (`satisfies`), and the web app and the tests read. Only what a
 * client reads is typed; the lab view is development-only and never holds secrets, hashes or full ids.
 *
 * Teaches: a contract written once cannot drift between the server and its clients.
 *
 * Flow step ids: none (the bodies the flows' responses carry).
 * Reference: docs/reference/http-api.md.
 */
import type { LabModeId } from './lab-modes.ts';

export type Side = 'session' | 'jwt';
export const SIDES: readonly Side[] = ['session', 'jwt'];

export interface PublicUser {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: 'admin' | 'user';
  readonly disabled: boolean;
}

/** GET /me on either API. */
export interface MeAnswer {
  readonly user: PublicUser;
}

export interface LoginAnswer {
  readonly success: true;
  readonly user: PublicUser;
}

export interface TokenAnswer {
  readonly success: true;
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly refresh_token?: string;
  readonly refresh_expires_in?: number;
}

export interface JwtLoginAnswer extends LoginAnswer, TokenAnswer {}

export interface ReceivedCookie {
  readonly name: string;
  readonly value: string;
  readonly http_only: boolean | null;
  readonly same_site: string | null;
  readonly path: string | null;
  readonly secure: boolean | null;
  readonly note: string;
  /** session-api: the (shortened) store key this session cookie maps to. */
  readonly store_key?: string;
}

export interface SessionEntry {
  readonly id: string;
  readonly user_id: number;
  readonly data: object;
  readonly created_at: string | number;
  readonly last_seen_at: string | number;
  readonly idle_expires_at: string | number;
  readonly absolute_expires_at: string | number;
  readonly ttl_seconds: number;
}

export interface DenylistEntry {
  readonly jti: string;
  readonly expires_at: string | number;
}

/** One event of a refresh token family, as the jwt-api's lab view records it (lab only). */
export interface RefreshFamilyEvent {
  readonly at: string;
  /** started: login; rotated: a refresh; reused: a spent jti came back; revoked: logout or reuse. */
  readonly kind: 'started' | 'rotated' | 'reused' | 'revoked';
  /** The jti issued (started, rotated) or presented (reused); `null` for a revocation. */
  readonly jti: string | null;
  /** rotated: the jti it replaced. */
  readonly replaced_jti: string | null;
  readonly reason: 'logout' | 'reuse' | null;
}

export interface RefreshFamily {
  readonly id: string;
  readonly user_id: number;
  /** Not in the documented contract, but reported by jwt-api: where its refresh tokens travel. */
  readonly delivery?: 'cookie' | 'body';
  readonly current_jti: string;
  readonly rotations: number;
  readonly revoked: boolean;
  readonly revoked_reason: string | null;
  readonly expires_at: string | number;
  /** jwt-api lab view: the family's rotation history, oldest first (this instance's record). */
  readonly history?: readonly RefreshFamilyEvent[];
}

export interface SigningKey {
  readonly kid: string;
  readonly alg: string;
  readonly kind: 'symmetric' | 'asymmetric';
  readonly current: boolean;
}

export interface LabUser extends PublicUser {
  readonly credential_version?: number;
  readonly [column: string]: unknown;
}

export interface CredentialFloor {
  readonly user_id: number;
  readonly credential_version: number;
  readonly expires_at: string | number;
}

export interface LabState {
  readonly instance_id: string;
  readonly now: string | number;
  readonly clock_offset_seconds: number;
  /** The vulnerable lab modes switched on in this API (@authlab/flows/lab-modes). */
  readonly lab_modes?: readonly LabModeId[];
  readonly store: { readonly kind: 'memory' | 'redis'; readonly ok: boolean };
  readonly cookies_received: readonly ReceivedCookie[];
  /** The row of the user the page named with `?user_id=`, if any. */
  readonly user: LabUser | null;
  /** Lists are bounded; `true` where the server left entries out. */
  readonly truncated?: Readonly<Record<string, boolean>>;
  /** JWT API: how its revocation store fails closed when it loses data. */
  readonly fail_closed?: {
    readonly rule: 'store-epoch' | 'family-record';
    readonly refuses_issued_before: string | null;
  };
  readonly sessions?: readonly SessionEntry[];
  readonly denylist?: readonly DenylistEntry[];
  readonly refresh_families?: readonly RefreshFamily[];
  readonly credential_floors?: readonly CredentialFloor[];
  readonly keys?: readonly SigningKey[];
}

/** JWT API, ES256 signer with the lab on: POST /lab/keys/rotate. */
export interface KeyRotationAnswer {
  /** The new signing key's id (RFC 7638 thumbprint). */
  readonly kid: string;
  readonly previous_kid: string;
  /** Every key that still verifies, the signing one first. */
  readonly kids: readonly string[];
}

/** One request the server answered, as the lab journal keeps it (GET /lab/requests). */
export interface LabRequestEntry {
  readonly id: number;
  readonly at: string;
  readonly method: string;
  /** Without the query string. */
  readonly path: string;
  readonly status: number;
  /** The Server-Timing header the response carried (parse with server-timing.ts). */
  readonly server_timing: string | null;
  /** The X-Authlab-Lab-Mode label, when a vulnerable lab mode changed the response. */
  readonly lab_modes: string | null;
  /** The CSRF layer that refused the request: `cross-site` (Fetch Metadata), `origin`, `header`. */
  readonly csrf_rejection: 'cross-site' | 'origin' | 'header' | null;
  readonly sec_fetch_site: string | null;
  readonly origin: string | null;
}

/** GET /lab/requests?after=<id>. */
export interface LabRequestsAnswer {
  readonly requests: readonly LabRequestEntry[];
}
