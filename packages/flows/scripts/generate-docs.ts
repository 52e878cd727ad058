/**
 * `pnpm run docs`: regenerates docs/diagrams/ from @authlab/flows and fills the diagram markers of
 * every docs page.
 *
 * 1. writes docs/diagrams/<flow-id>.mmd from toMermaid(flow);
 * 2. renders .svg and .png only for diagrams whose .mmd changed (or whose images are missing or
 *    were edited), recording the hashes in docs/diagrams/manifest.json;
 * 3. removes the files of flows that no longer exist;
 * 4. fills every `<!-- diagram: <id> -->` … `<!-- /diagram -->` block under docs/.
 * The drift tests check the result without a browser.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FLOWS } from '../src/catalog.ts';
import { fillDiagramMarkers } from '../src/diagram-markers.ts';
import { toMermaid } from '../src/mermaid.ts';
import {
  DIAGRAMS_DIR,
  DOCS_DIR,
  diagramPath,
  hashFile,
  listMarkdownPages,
  MANIFEST_PATH,
  type Manifest,
  pathToDocsRoot,
  readManifest,
  serializeManifest,
  sha256,
} from './docs-files.ts';
import { findChromium } from './find-chromium.ts';
import { type DiagramRenderer, openDiagramRenderer } from './render-diagrams.ts';
import { writeIfChanged } from './write-if-changed.ts';

function needsRendering(flowId: string, mmdSha256: string, manifest: Manifest): boolean {
  const entry = manifest[flowId];
  return (
    entry === undefined ||
    entry.mmdSha256 !== mmdSha256 ||
    entry.svgSha256 !== hashFile(diagramPath(flowId, 'svg')) ||
    entry.pngSha256 !== hashFile(diagramPath(flowId, 'png'))
  );
}

function removeStaleDiagrams(flowIds: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const file of readdirSync(DIAGRAMS_DIR)) {
    const match = /^(.+)\.(mmd|svg|png)$/.exec(file);
    if (match?.[1] !== undefined && !flowIds.has(match[1])) {
      rmSync(join(DIAGRAMS_DIR, file));
      removed.push(file);
    }
  }
  return removed;
}

async function renderDiagrams(flowIds: readonly string[], manifest: Manifest): Promise<Manifest> {
  if (flowIds.length === 0) return manifest;
  const started = performance.now();
  const renderer: DiagramRenderer = await openDiagramRenderer(findChromium());
  const next: Manifest = { ...manifest };
  try {
    for (const flowId of flowIds) {
      const mmd = readFileSync(diagramPath(flowId, 'mmd'), 'utf8');
      const { svg, png } = await renderer.render(mmd);
      writeFileSync(diagramPath(flowId, 'svg'), svg);
      writeFileSync(diagramPath(flowId, 'png'), png);
      next[flowId] = { mmdSha256: sha256(mmd), svgSha256: sha256(svg), pngSha256: sha256(png) };
      console.log(`  rendered ${flowId}`);
    }
  } finally {
    await renderer.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `rendered ${flowIds.length} diagram(s) in ${seconds.toFixed(1)} s (${(seconds / flowIds.length).toFixed(2)} s each)`,
  );
  return next;
}

async function main(): Promise<void> {
  mkdirSync(DIAGRAMS_DIR, { recursive: true });
  const manifest = readManifest();
  const toRender: string[] = [];
  for (const flow of FLOWS) {
    const mmd = toMermaid(flow);
    writeIfChanged(diagramPath(flow.id, 'mmd'), mmd);
    if (needsRendering(flow.id, sha256(mmd), manifest)) toRender.push(flow.id);
  }
  const flowIds = new Set(FLOWS.map((flow) => flow.id));
  const removed = removeStaleDiagrams(flowIds);
  const rendered = await renderDiagrams(toRender, manifest);
  const current = Object.fromEntries(Object.entries(rendered).filter(([id]) => flowIds.has(id)));
  writeIfChanged(MANIFEST_PATH, serializeManifest(current));

  const filled = listMarkdownPages().filter((page) =>
    writeIfChanged(page, fillDiagramMarkers(readFileSync(page, 'utf8'), pathToDocsRoot(page))),
  );
  console.log(
    `diagrams: ${FLOWS.length} flows, ${toRender.length} rendered, ${FLOWS.length - toRender.length} unchanged` +
      (removed.length > 0 ? `, removed ${removed.join(', ')}` : ''),
  );
  console.log(
    `pages: ${filled.length === 0 ? 'all diagram markers up to date' : `filled ${filled.map((page) => relative(DOCS_DIR, page)).join(', ')}`}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
