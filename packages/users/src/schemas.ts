/**
 * What a valid email, name, role and password look like, as zod schemas, and how an email is
 * normalised so that one person cannot hold two accounts.
 *
 * Teaches: normalise before you compare or store (trim, lower-case, Unicode NFC), count
 * password length in characters rather than UTF-16 code units, and accept long passphrases.
 *
 * Reference: NIST SP 800-63B §5.1.1.2 (memorized secrets); OWASP ASVS 4.0 V2.1.1–V2.1.4;
 * OWASP Password Storage Cheat Sheet.
 */
import { z } from 'zod';

export const ROLES = ['admin', 'user'] as const;

/** RFC 5321 §4.5.3.1.3: a forward path is at most 256 octets including the angle brackets. */
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 100;

/**
 * ASVS V2.1.1 "at least 12 characters" and V2.1.2 "at least 64 characters are permitted, and
 * ... passwords of more than 128 characters are denied". NIST 800-63B: "Verifiers SHOULD permit
 * subscriber-chosen memorized secrets at least 64 characters in length".
 */
export const NEW_PASSWORD_MIN_LENGTH = 12;
export const NEW_PASSWORD_MAX_LENGTH = 128;

/**
 * A login attempt may be longer than any password we let people set (a password set under an
 * older, looser policy must still work), but not unbounded: the KDF input is attacker-supplied.
 */
export const CANDIDATE_PASSWORD_MAX_LENGTH = 256;

const CONTROL_CHARACTER = /\p{Cc}/u;

/**
 * Lower-casing the local part is not what RFC 5321 promises ("the local-part of a mailbox MUST
 * BE treated as case sensitive"), but no real mail provider distinguishes `John@` from `john@`,
 * and treating them as two accounts is the bigger risk. NFC makes a precomposed "é" and an
 * "e" + combining accent the same string.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase().normalize('NFC');
}

export const emailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(
    z
      .string()
      .max(EMAIL_MAX_LENGTH)
      .regex(z.regexes.unicodeEmail, 'Invalid email address')
      .refine(
        (email) => !CONTROL_CHARACTER.test(email),
        'Email must not contain control characters',
      ),
  );

export const nameSchema = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1)
  .max(NAME_MAX_LENGTH)
  .refine((name) => !CONTROL_CHARACTER.test(name), 'Name must not contain control characters');

export const roleSchema = z.enum(ROLES);

/** Counts Unicode code points, so an emoji is one character, as a person would count it. */
export function countCharacters(text: string): number {
  return [...text].length;
}

/**
 * NIST 800-63B allows "all printing ASCII characters as well as the space character" and
 * Unicode. NUL is neither: C libraries end strings at it, so a hash backend that truncates
 * there (bcrypt does) would make `"secret\0anything"` equal to `"secret"`.
 */
function passwordSchema(minLength: number, maxLength: number) {
  return z
    .string()
    .refine((password) => !password.includes('\0'), 'Password must not contain NUL characters')
    .refine(
      (password) => countCharacters(password) >= minLength,
      `Password must be at least ${minLength} characters`,
    )
    .refine(
      (password) => countCharacters(password) <= maxLength,
      `Password must be at most ${maxLength} characters`,
    );
}

/** A password somebody is choosing now. No composition rules: NIST 800-63B "SHOULD NOT impose". */
export const newPasswordSchema = passwordSchema(NEW_PASSWORD_MIN_LENGTH, NEW_PASSWORD_MAX_LENGTH);

/** A password somebody typed to log in. */
export const candidatePasswordSchema = passwordSchema(1, CANDIDATE_PASSWORD_MAX_LENGTH);

export const createUserInputSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: newPasswordSchema,
});

export const userIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
