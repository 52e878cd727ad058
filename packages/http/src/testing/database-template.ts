/**
 * A seeded SQLite database for every test app without paying for the seeding each time: vitest's
 * global setup seeds ONE template file per run (`createDatabaseTemplate`), and each test app opens
 * a private copy of it (`openDatabaseCopy`), so tests never see each other's writes.
 *
 * Why it matters here: seeding the demo users hashes their passwords with scrypt, slow on purpose
 * (≈ 0.3 s each); doing it per test app would dominate the suites. A file copy takes microseconds.
 *
 * The database itself is opened by the caller (`seed`, `open`), so this package needs no
 * knowledge of what the database holds.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** SQLite in WAL mode keeps two files beside the database while it is open. */
const SQLITE_FILE_SUFFIXES = ['', '-wal', '-shm'];

export interface DatabaseTemplate {
  readonly path: string;
  /** Deletes the template and every copy left beside it. */
  remove(): void;
}

/**
 * Creates `<tmp>/<directoryPrefix>XXXXXX/template.sqlite` and lets `seed` fill it (open, seed,
 * CLOSE: a copy taken while the WAL still holds writes would miss them).
 */
export function createDatabaseTemplate(
  directoryPrefix: string,
  seed: (path: string) => void,
): DatabaseTemplate {
  const directory = mkdtempSync(join(tmpdir(), directoryPrefix));
  const path = join(directory, 'template.sqlite');
  seed(path);
  return { path, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

/** Opens a private copy of the template with `open`; closing it deletes the copy's files. */
export function openDatabaseCopy<T extends { close(): void }>(
  templatePath: string,
  open: (path: string) => T,
): T {
  const path = join(dirname(templatePath), `copy-${randomBytes(6).toString('hex')}.sqlite`);
  copyFileSync(templatePath, path);
  const database = open(path);
  return {
    ...database,
    close() {
      database.close();
      for (const suffix of SQLITE_FILE_SUFFIXES) rmSync(`${path}${suffix}`, { force: true });
    },
  };
}
