/**
 * The committed docs are what the committed results render: every generated block of every
 * `docs/**\/*.md` page and every growth chart. Fails after a hand edit inside a block, or after a
 * page gained a block without `pnpm run docs:numbers`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBlockNames } from '../src/doc-blocks.ts';
import { FIGURES } from '../src/doc-figures.ts';
import { DOCS_DIR, LATEST_RESULTS_PATH } from '../src/paths.ts';
import { listMarkdownPages, renderDocs } from '../src/render-docs.ts';
import type { BenchResult } from '../src/results.ts';

const result = JSON.parse(readFileSync(LATEST_RESULTS_PATH, 'utf8')) as BenchResult;

describe('generated docs', () => {
  it.each(renderDocs(result).map((file) => [relative(DOCS_DIR, file.path), file.content]))(
    '%s matches the committed results (pnpm run docs:numbers)',
    (path, content) => {
      expect(readFileSync(`${DOCS_DIR}${path}`, 'utf8')).toBe(content);
    },
  );

  it('uses only figures that doc-figures.ts defines', () => {
    const names = listMarkdownPages().flatMap((path) => listBlockNames(readFileSync(path, 'utf8')));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !(name in FIGURES))).toEqual([]);
  });
});
