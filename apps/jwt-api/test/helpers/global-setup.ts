/**
 * Seeds the demo users ONCE per test run into a template database file; each test app opens its own
 * copy (build-test-app.ts). Seeding hashes three passwords with scrypt, which is slow on purpose
 * (≈ 1 s here): doing it per test app would dominate the suite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openUsersDatabase } from '@authlab/users/users-database';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    usersTemplatePath: string;
  }
}

export default function setUp(project: TestProject): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'authlab-jwt-api-'));
  const templatePath = join(directory, 'users-template.sqlite');
  openUsersDatabase({ path: templatePath }).close();
  project.provide('usersTemplatePath', templatePath);
  return () => rmSync(directory, { recursive: true, force: true });
}
