/**
 * The users package's data types: a user as the rest of the system sees it, its public view and
 * the input that creates one.
 *
 * They live apart from the repository so that every file of the package (the SQL mapping, the
 * demo users, the repository) depends on them and none depends on another through them: the
 * package has no import cycle, not even a type-only one.
 *
 * Reference: OWASP Authentication Cheat Sheet (what a user record holds); RFC 7519 §4.1.2 (`sub`
 * is the user's `id`).
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
