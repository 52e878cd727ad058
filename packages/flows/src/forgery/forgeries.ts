/**
 * The forged tokens of the attack lab, as data: what each one changes, which mistake of a naive
 * verifier lets it in, and which step of the real jwt-api refuses it with which rule of RFC 8725.
 * The web panel, the API tests and the docs read this one list.
 *
 * Teaches: every classic JWT attack makes the TOKEN choose something the SERVER must choose — the
 * algorithm, the key, where the key comes from — or skips the signature altogether. The real
 * API's `jwt.auth.verify-token` (koa-jwt + jsonwebtoken, an `algorithms` allowlist and a key
 * looked up by `kid` in a fixed table, apps/jwt-api/src/keys/key-set.ts) refuses all of them.
 *
 * Flow step ids: jwt.auth.verify-token (where the real API refuses every forgery).
 * Reference: RFC 8725 §2.1, §2.2, §2.9, §3.1, §3.2, §3.3, §3.5, §3.10; PortSwigger Web Security
 * Academy, "JWT attacks" (the attacks, without the defence).
 */
import type { Localized } from '../localized.ts';
import type { JwtServerStepId } from '../step-ids.ts';

export const FORGERY_IDS = [
  'alg-none',
  'alg-confusion',
  'kid-traversal',
  'embedded-jwk',
  'jku',
  'weak-secret',
  'tampered-payload',
] as const;
export type ForgeryId = (typeof FORGERY_IDS)[number];

/** Which rule of the real verifier stops a forgery. */
export type DefenceRule = 'algorithm-allowlist' | 'key-lookup' | 'signature';

/** The two vulnerable entry points: one verifies (badly), the other only decodes. */
export type NaiveVerifierRoute = 'verify' | 'decode';

export interface Forgery {
  readonly id: ForgeryId;
  readonly title: Localized;
  /** What the forged token changes. */
  readonly attack: Localized;
  /** The naive verifier's mistake that accepts it. */
  readonly mistake: Localized;
  /** The jwt-api signing modes it applies to: algorithm confusion needs a public key. */
  readonly modes: readonly ('HS256' | 'ES256')[];
  readonly naiveRoute: NaiveVerifierRoute;
  /**
   * The genuine token it is built from: the real API's access token, or the token the vulnerable
   * service signed with its weak secret (the only one the cracker can crack).
   */
  readonly startsFrom: 'access-token' | 'weak-token';
  readonly refusedAt: JwtServerStepId;
  readonly rule: DefenceRule;
  /** RFC 8725 sections that require the defence, e.g. '3.1'. */
  readonly rfc8725: readonly string[];
}

const BOTH = ['HS256', 'ES256'] as const;

export const FORGERIES: readonly Forgery[] = [
  {
    id: 'alg-none',
    title: { en: 'alg: none', vi: 'alg: none' },
    attack: {
      en: 'Sets the header alg to none (in any letter case), edits the payload and drops the signature.',
      vi: 'Đặt alg trong header thành none (viết hoa thường tùy ý), sửa payload và bỏ chữ ký.',
    },
    mistake: {
      en: 'Takes the algorithm from the token header and treats "none" as "nothing to check".',
      vi: 'Lấy thuật toán từ header của token và coi "none" là "không cần kiểm tra gì".',
    },
    modes: BOTH,
    naiveRoute: 'verify',
    startsFrom: 'access-token',
    refusedAt: 'jwt.auth.verify-token',
    rule: 'algorithm-allowlist',
    rfc8725: ['2.1', '3.1'],
  },
  {
    id: 'alg-confusion',
    title: { en: 'Algorithm confusion (ES256 → HS256)', vi: 'Nhầm lẫn thuật toán (ES256 → HS256)' },
    attack: {
      en: 'Signs with HS256, using the PUBLIC ES256 key (the PEM text from the JWKS) as the HMAC secret.',
      vi: 'Ký bằng HS256, dùng khóa CÔNG KHAI ES256 (chuỗi PEM lấy từ JWKS) làm secret HMAC.',
    },
    mistake: {
      en: 'Feeds "the key" to whatever algorithm the header names: the public key becomes an HMAC secret.',
      vi: 'Đưa "khóa" cho bất kỳ thuật toán nào header ghi: khóa công khai thành secret HMAC.',
    },
    modes: ['ES256'],
    naiveRoute: 'verify',
    startsFrom: 'access-token',
    refusedAt: 'jwt.auth.verify-token',
    rule: 'algorithm-allowlist',
    rfc8725: ['2.1', '3.1', '3.2'],
  },
  {
    id: 'kid-traversal',
    title: { en: 'kid path traversal', vi: 'kid path traversal' },
    attack: {
      en: 'Sets kid to ../../../../dev/null and signs with HS256 and an empty key.',
      vi: 'Đặt kid thành ../../../../dev/null và ký HS256 bằng khóa rỗng.',
    },
    mistake: {
      en: 'Builds a file path from kid and uses the file content as the key: /dev/null is empty.',
      vi: 'Ghép kid thành đường dẫn file và dùng nội dung file làm khóa: /dev/null rỗng.',
    },
    modes: BOTH,
    naiveRoute: 'verify',
    startsFrom: 'access-token',
    refusedAt: 'jwt.auth.verify-token',
    rule: 'key-lookup',
    rfc8725: ['2.9', '3.10'],
  },
  {
    id: 'embedded-jwk',
    title: { en: 'Key embedded in the header (jwk)', vi: 'Khóa nhúng trong header (jwk)' },
    attack: {
      en: "Signs with the attacker's own P-256 key and puts its public half in the jwk header.",
      vi: 'Ký bằng khóa P-256 của kẻ tấn công và đặt nửa công khai vào header jwk.',
    },
    mistake: {
      en: 'Verifies with the key the token brings along.',
      vi: 'Xác minh bằng chính khóa mà token mang theo.',
    },
    modes: BOTH,
    naiveRoute: 'verify',
    startsFrom: 'access-token',
    refusedAt: 'jwt.auth.verify-token',
    rule: 'key-lookup',
    rfc8725: ['3.10'],
  },
  {
    id: 'jku',
    title: { en: 'Key fetched from jku', vi: 'Khóa tải từ jku' },
    attack: {
      en: "Points jku at a JWK Set on the attacker site holding the attacker's public key.",
      vi: 'Trỏ jku tới một JWK Set trên trang của kẻ tấn công chứa khóa công khai của hắn.',
    },
    mistake: {
      en: 'Downloads the key from the URL the token names (and makes the server fetch any URL: SSRF).',
      vi: 'Tải khóa từ URL do token chỉ định (và để server tải bất kỳ URL nào: SSRF).',
    },
    modes: BOTH,
    naiveRoute: 'verify',
    startsFrom: 'access-token',
    refusedAt: 'jwt.auth.verify-token',
    rule: 'key-lookup',
    rfc8725: ['2.9', '3.10'],
  },
  {
    id: 'weak-secret',
    title: { en: 'Weak HMAC secret', vi: 'Secret HMAC yếu' },
    attack: {
      en: 'Cracks the secret of an HS256 token from a short wordlist, then signs any payload with it.',
      vi: 'Dò ra secret của một token HS256 từ một danh sách từ ngắn, rồi ký payload tùy ý bằng nó.',
    },
    mistake: {
      en: 'Signs with a human-chosen secret ("secret") instead of 256 random bits.',
      vi: 'Ký bằng secret do người đặt ("secret") thay vì 256 bit ngẫu nhiên.',
    },
    modes: BOTH,
    naiveRoute: 'verify',
    startsFrom: 'weak-token',
    refusedAt: 'jwt.auth.verify-token',
    rule: 'key-lookup',
    rfc8725: ['2.2', '3.5'],
  },
  {
    id: 'tampered-payload',
    title: { en: 'Tampered payload, original signature', vi: 'Payload bị sửa, giữ chữ ký gốc' },
    attack: {
      en: 'Changes role to admin and keeps the original signature.',
      vi: 'Đổi role thành admin và giữ nguyên chữ ký gốc.',
    },
    mistake: {
      en: 'Decodes the token (jwt.decode) where it should verify it.',
      vi: 'Chỉ giải mã token (jwt.decode) ở chỗ lẽ ra phải xác minh.',
    },
    modes: BOTH,
    naiveRoute: 'decode',
    startsFrom: 'access-token',
    refusedAt: 'jwt.auth.verify-token',
    rule: 'signature',
    rfc8725: ['3.3'],
  },
];

export function findForgery(id: ForgeryId): Forgery {
  const forgery = FORGERIES.find((entry) => entry.id === id);
  if (forgery === undefined) throw new Error(`Unknown forgery ${id}.`);
  return forgery;
}
