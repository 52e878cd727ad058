/**
 * ⚠ DELIBERATELY VULNERABLE — LAB ONLY. The key "files" of the lab's vulnerable verifier: a
 * hand-written verifier that reads the key named by the token's `kid` from a directory, joining
 * the two into a path without validating `kid`.
 *
 * Nothing here touches the disk. The directory is SIMULATED: a fixed table of paths, so a
 * traversal payload shows which file a real server would have read (`/dev/null`, the classic
 * target: empty, so the key is the empty string) without this process ever reading a file of the
 * machine. Any other path is "not found".
 *
 * Teaches: `kid` is attacker input. Used as a path (or in SQL), it picks the key — so the attacker
 * picks the key. The real API looks `kid` up in a fixed in-memory table (keys/key-set.ts).
 *
 * Flow step ids: none (lab-only; the real API's key lookup is jwt.auth.verify-token).
 * Reference: RFC 8725 §2.9 ("Indirect Attacks on the Server"), §3.10 ("Do Not Trust Received
 * Claims": kid "could be used for SQL or LDAP injection", "directory traversal"); RFC 7515 §4.1.4.
 */
import type { KeyObject } from 'node:crypto';
import { posix } from 'node:path';

export const VULNERABLE_KEY_DIRECTORY = '/srv/vulnerable-verifier/keys';
/** The file of the vulnerable service's own HMAC key: a human-chosen word. */
export const WEAK_KEY_ID = 'hs256-weak';
/** The secret in that file. Public on purpose: the cracker finds it in its wordlist. */
export const WEAK_SECRET = 'secret';
/** The traversal target: every Unix machine has it, and it reads as zero bytes. */
const DEV_NULL = '/dev/null';

/** A key as the verifier holds it: bytes for HMAC, or a public key for ES256. */
export type KeyMaterial =
  | { readonly kind: 'secret'; readonly bytes: Uint8Array }
  | { readonly kind: 'public'; readonly key: KeyObject };

export interface KeyFileRead {
  readonly path: string;
  /** True when the resolved path is outside the key directory: a traversal. */
  readonly escapedDirectory: boolean;
  /** The simulated content, or `null` for a path the lab does not have. */
  readonly key: KeyMaterial | null;
}

export interface KeyFiles {
  readonly directory: string;
  /** The files the directory holds, by name. */
  readonly names: readonly string[];
  /** The naive `path.resolve(directory, kid)`, then a read of the simulated table. */
  readByKid(kid: string): KeyFileRead;
}

/** `serverKid`/`serverKey`: the real API's key, which the vulnerable service was also given. */
export function createKeyFiles(serverKid: string, serverKey: KeyMaterial): KeyFiles {
  const directory = VULNERABLE_KEY_DIRECTORY;
  const files = new Map<string, KeyMaterial>([
    [posix.join(directory, serverKid), serverKey],
    [posix.join(directory, WEAK_KEY_ID), { kind: 'secret', bytes: Buffer.from(WEAK_SECRET) }],
    [DEV_NULL, { kind: 'secret', bytes: new Uint8Array(0) }],
  ]);
  return {
    directory,
    names: [serverKid, WEAK_KEY_ID],
    readByKid(kid) {
      // The mistake: `kid` goes into the path as it came. `..` segments climb out.
      const path = posix.resolve(directory, kid);
      const escapedDirectory = !path.startsWith(`${directory}/`);
      return { path, escapedDirectory, key: files.get(path) ?? null };
    },
  };
}
