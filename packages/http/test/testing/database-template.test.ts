import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabaseTemplate, openDatabaseCopy } from '../../src/testing/database-template.ts';

/** Stands in for a SQLite handle: a file, plus the WAL files SQLite would leave beside it. */
function openFakeDatabase(path: string) {
  writeFileSync(`${path}-wal`, '');
  writeFileSync(`${path}-shm`, '');
  return {
    path,
    read: () => readFileSync(path, 'utf8'),
    write: (text: string) => writeFileSync(path, text),
    close: () => undefined,
  };
}

describe('createDatabaseTemplate()', () => {
  it('seeds one template file, and remove() deletes it with its directory', () => {
    const template = createDatabaseTemplate('authlab-http-template-', (path) =>
      writeFileSync(path, 'seeded'),
    );
    expect(readFileSync(template.path, 'utf8')).toBe('seeded');
    template.remove();
    expect(existsSync(dirname(template.path))).toBe(false);
  });
});

describe('openDatabaseCopy()', () => {
  it('opens a private copy that closing deletes, leaving the template untouched', () => {
    const template = createDatabaseTemplate('authlab-http-template-', (path) =>
      writeFileSync(path, 'seeded'),
    );
    try {
      const first = openDatabaseCopy(template.path, openFakeDatabase);
      const second = openDatabaseCopy(template.path, openFakeDatabase);
      first.write('changed');
      expect([first.read(), second.read()]).toEqual(['changed', 'seeded']);
      expect(first.path).not.toBe(second.path);

      first.close();
      for (const suffix of ['', '-wal', '-shm']) {
        expect(existsSync(`${first.path}${suffix}`)).toBe(false);
      }
      expect(existsSync(second.path)).toBe(true);
      expect(readFileSync(template.path, 'utf8')).toBe('seeded');
      second.close();
    } finally {
      template.remove();
    }
  });
});
