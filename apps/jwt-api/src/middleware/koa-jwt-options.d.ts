/**
 * The jsonwebtoken options koa-jwt forwards, declared on koa-jwt's `Options`.
 *
 * Teaches: koa-jwt passes its whole options object to jsonwebtoken's `verify` (lib/verify.js:
 * `jwt.verify(token, secret, opts)`), so every `VerifyOptions` member works at run time; koa-jwt's
 * bundled types (written for koa-jwt 2) list only `audience`, `issuer` and `algorithms`. Module
 * augmentation adds the three authenticate.ts needs, typed by jsonwebtoken itself, instead of a
 * cast that would hide every typo in the options object:
 *   clockTimestamp  "now" in seconds: the injected clock decides expiry (tests, lab clock)
 *   clockTolerance  the leeway for exp/nbf (RFC 7519 §4.1.4)
 *   complete        hand back `{ header, payload, signature }`, so `typ` can be checked
 *
 * Reference: koa-jwt README, "Token Verification Exceptions"; jsonwebtoken README, `verify`
 * options; TypeScript handbook, "Declaration Merging" (module augmentation).
 */
import type { VerifyOptions } from 'jsonwebtoken';

declare module 'koa-jwt' {
  interface Options extends Pick<VerifyOptions, 'clockTimestamp' | 'clockTolerance' | 'complete'> {}
}
