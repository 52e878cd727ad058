/** A fresh directory under the OS temp folder per test, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export function createTempDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'authlab-users-'));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}
