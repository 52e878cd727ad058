/**
 * The files the docs generator reads and writes: docs/diagrams/<flow-id>.{mmd,svg,png}, the
 * Vietnamese docs/diagrams/vi/<flow-id>.{mmd,svg} (no PNG: the Vietnamese slides are in
 * docs/slides/vi), the manifests of their hashes, and the Markdown pages whose diagram markers it
 * fills. Shared by the
 * generator and the drift tests, so both look at exactly the same files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../src/localized.ts';

export const DOCS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs');
export const DIAGRAMS_DIR = join(DOCS_DIR, 'diagrams');

export type DiagramFormat = 'mmd' | 'svg' | 'png';

export interface ManifestEntry {
  readonly mmdSha256: string;
  readonly svgSha256: string;
  /** English diagrams only. */
  readonly pngSha256?: string;
}

export type Manifest = Record<string, ManifestEntry>;

export function diagramsDir(language: Language = 'en'): string {
  return language === 'en' ? DIAGRAMS_DIR : join(DIAGRAMS_DIR, language);
}

export function diagramPath(
  flowId: string,
  format: DiagramFormat,
  language: Language = 'en',
): string {
  return join(diagramsDir(language), `${flowId}.${format}`);
}

export function manifestPath(language: Language = 'en'): string {
  return join(diagramsDir(language), 'manifest.json');
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The hash of a file, or null when it does not exist. */
export function hashFile(path: string): string | null {
  return existsSync(path) ? sha256(readFileSync(path)) : null;
}

export function readManifest(language: Language = 'en'): Manifest {
  const path = manifestPath(language);
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Stable output: keys sorted, two-space indent, final newline (a re-run changes nothing). */
export function serializeManifest<T>(manifest: Readonly<Record<string, T>>): string {
  const sorted = Object.fromEntries(
    Object.keys(manifest)
      .sort()
      .map((id) => [id, manifest[id]]),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Every Markdown page under docs/, except the generated diagrams folder. */
export function listMarkdownPages(directory: string = DOCS_DIR): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return path === DIAGRAMS_DIR ? [] : listMarkdownPages(path);
      return entry.name.endsWith('.md') ? [path] : [];
    })
    .sort();
}

/** `.` for docs/login.md, `..` for docs/reference/http-api.md. */
export function pathToDocsRoot(page: string): string {
  return relative(dirname(page), DOCS_DIR) || '.';
}
