/**
 * One users database per server, all seeded ONCE: seeding hashes the demo passwords with scrypt
 * (tens of milliseconds each, on purpose), and eight servers doing it at the same start-up would
 * only slow the run down. The first file is seeded here; the others are byte copies of it.
 */
import { copyFileSync } from 'node:fs';
import { openUsersDatabase } from '@authlab/users/users-database';

export function prepareUsersDatabases(paths: readonly string[]): void {
  const [template, ...copies] = paths;
  if (template === undefined) return;
  openUsersDatabase({ path: template }).close();
  for (const path of copies) copyFileSync(template, path);
}
