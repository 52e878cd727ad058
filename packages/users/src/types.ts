/**
 * The users package's data types: a user as the rest of the system sees it, its public view and
 * the input that creates one.
 *
 * Teaches: types that several files share get a file of their own, so the SQL mapping, the demo
 * users and the repository all depend on it and none depends on another: the package has no
 * import cycle, not even a type-only one (biome's `noImportCycles` keeps it that way).
 *
 * Reference: OWASP Password Storage Cheat Sheet (the hash stays in the database layer: a `User`
 * never carries it); RFC 7519 §4.1.2 (the JWT API's `sub` is a user's `id`).
 */
import type { ROLES } from './schemas.ts';

export type Role = (typeof ROLES)[number];

/** A user as the rest of the system sees it: never the password hash. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  credentialVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface PublicUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
}
