/**
 * Renders every page of `docs/` (Markdown files, any depth) and the growth charts from one results
 * file: what `pnpm bench` writes after a full run and `pnpm run docs:numbers` rewrites from the
 * committed results without measuring. The drift test compares this output with the files on disk.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { renderBlocks } from './doc-blocks.ts';
import { renderFigure } from './doc-figures.ts';
import { DOCS_DIR } from './paths.ts';
import { renderGrowthCharts } from './render-charts.ts';
import type { BenchResult } from './results.ts';

export interface RenderedFile {
  /** Absolute path. */
  readonly path: string;
  readonly content: string;
}

export function listMarkdownPages(directory = DOCS_DIR): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(directory, name))
    .sort();
}

export function renderDocs(result: BenchResult, directory = DOCS_DIR): RenderedFile[] {
  const pages = listMarkdownPages(directory).map((path) => ({
    path,
    content: renderBlocks(
      readFileSync(path, 'utf8'),
      (name) => renderFigure(result, name),
      relative(directory, path),
    ),
  }));
  const charts = renderGrowthCharts(result.growth).map(([name, content]) => ({
    path: join(directory, name),
    content,
  }));
  return [...pages, ...charts];
}

/** Writes what changed; answers the paths written. */
export function writeDocs(result: BenchResult, directory = DOCS_DIR): string[] {
  const written: string[] = [];
  for (const file of renderDocs(result, directory)) {
    let current: string | null = null;
    try {
      current = readFileSync(file.path, 'utf8');
    } catch {
      // A chart that does not exist yet.
    }
    if (current === file.content) continue;
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.content);
    written.push(file.path);
  }
  return written;
}
