/**
 * Writes a generated file only when its content changed, so a re-run of `pnpm run docs` leaves
 * the tree untouched and Git shows only real changes. Shared by the diagrams and the slides.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function writeIfChanged(path: string, content: string): boolean {
  let current: string | null = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = null;
  }
  if (current === content) return false;
  writeFileSync(path, content);
  return true;
}
