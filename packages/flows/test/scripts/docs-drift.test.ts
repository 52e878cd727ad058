/**
 * The committed docs must be what `pnpm run docs` would write from the current flows: the .mmd
 * files (English, and Vietnamese in docs/diagrams/vi), the SVG/PNG rendered from exactly those .mmd files (checked through the manifest's
 * hashes, so no browser is needed), and the filled diagram markers of every docs page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCS_DIR,
  diagramPath,
  hashFile,
  listMarkdownPages,
  pathToDocsRoot,
  readManifest,
  sha256,
} from '../../scripts/docs-files.ts';
import { FLOWS } from '../../src/catalog.ts';
import { fillDiagramMarkers, listDiagramMarkers } from '../../src/diagram-markers.ts';
import { toMermaid } from '../../src/mermaid.ts';

const STALE = 'stale: run pnpm run docs (at the root or in packages/flows)';

describe('docs/diagrams', () => {
  const manifest = readManifest();

  for (const flow of FLOWS) {
    it(`holds ${flow.id}.mmd generated from the current flow`, () => {
      const path = diagramPath(flow.id, 'mmd');
      expect(existsSync(path), `${relative(DOCS_DIR, path)} missing: ${STALE}`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${flow.id}.mmd is ${STALE}`).toBe(toMermaid(flow));
    });

    it(`holds ${flow.id}.svg and .png rendered from that .mmd`, () => {
      const entry = manifest[flow.id];
      expect(entry, `manifest has no ${flow.id}: ${STALE}`).toBeDefined();
      expect(entry?.mmdSha256, `${flow.id} images were rendered from another .mmd: ${STALE}`).toBe(
        sha256(toMermaid(flow)),
      );
      expect(hashFile(diagramPath(flow.id, 'svg')), `${flow.id}.svg: ${STALE}`).toBe(
        entry?.svgSha256,
      );
      expect(hashFile(diagramPath(flow.id, 'png')), `${flow.id}.png: ${STALE}`).toBe(
        entry?.pngSha256,
      );
    });
  }

  it('lists no diagram of a flow that no longer exists', () => {
    expect(Object.keys(manifest).sort()).toEqual(FLOWS.map((flow) => flow.id).sort());
  });
});

describe('docs/diagrams/vi', () => {
  const manifest = readManifest('vi');

  for (const flow of FLOWS) {
    it(`holds the Vietnamese ${flow.id}.mmd and the .svg rendered from it`, () => {
      const mmd = toMermaid(flow, { language: 'vi' });
      expect(
        readFileSync(diagramPath(flow.id, 'mmd', 'vi'), 'utf8'),
        `vi/${flow.id}.mmd ${STALE}`,
      ).toBe(mmd);
      expect(manifest[flow.id]?.mmdSha256, `vi/${flow.id}.svg: ${STALE}`).toBe(sha256(mmd));
      expect(hashFile(diagramPath(flow.id, 'svg', 'vi')), `vi/${flow.id}.svg: ${STALE}`).toBe(
        manifest[flow.id]?.svgSha256,
      );
    });
  }

  it('lists no diagram of a flow that no longer exists', () => {
    expect(Object.keys(manifest).sort()).toEqual(FLOWS.map((flow) => flow.id).sort());
  });
});

describe('docs pages', () => {
  const pages = listMarkdownPages().filter(
    (page) => listDiagramMarkers(readFileSync(page, 'utf8')).length > 0,
  );

  it.skipIf(pages.length === 0)('exist with diagram markers', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const page of pages) {
    it(`${relative(DOCS_DIR, page)} has its diagram markers filled from the current flows`, () => {
      const markdown = readFileSync(page, 'utf8');
      expect(markdown, `${relative(DOCS_DIR, page)} diagram blocks are ${STALE}`).toBe(
        fillDiagramMarkers(markdown, pathToDocsRoot(page)),
      );
    });
  }
});
