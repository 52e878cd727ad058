/**
 * Seeds the demo users ONCE per test run into a template database file; each test app opens its own
 * copy (build-test-app.ts). Seeding hashes three passwords with scrypt, which is slow on purpose
 * (≈ 1 s here): doing it per test app would dominate the suite.
 */
import { createDatabaseTemplate } from '@authlab/http/testing/database-template';
import { openUsersDatabase } from '@authlab/users/users-database';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    usersTemplatePath: string;
  }
}

export default function setUp(project: TestProject): () => void {
  const template = createDatabaseTemplate('authlab-jwt-api-', (path) =>
    openUsersDatabase({ path }).close(),
  );
  project.provide('usersTemplatePath', template.path);
  return () => template.remove();
}
