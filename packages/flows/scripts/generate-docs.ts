/**
 * `pnpm run docs` (first half): regenerates docs/diagrams/ from @authlab/flows and fills the
 * diagram markers of every docs page; generate-slides.ts then makes the slides.
 *
 * 1. writes docs/diagrams/<flow-id>.mmd from toMermaid(flow), and docs/diagrams/vi/ in Vietnamese;
 * 2. renders .svg and (English only) .png only for diagrams whose .mmd changed (or whose images are missing or
 *    were edited), recording the hashes in docs/diagrams/manifest.json;
 * 3. removes the files of flows that no longer exist;
 * 4. fills every `<!-- diagram: <id> -->` … `<!-- /diagram -->` block under docs/.
 * The drift tests check the result without a browser.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FLOWS } from '../src/catalog.ts';
import { fillDiagramMarkers } from '../src/diagram-markers.ts';
import { LANGUAGES, type Language } from '../src/localized.ts';
import { toMermaid } from '../src/mermaid.ts';
import {
  DOCS_DIR,
  diagramPath,
  diagramsDir,
  hashFile,
  listMarkdownPages,
  type Manifest,
  manifestPath,
  pathToDocsRoot,
  readManifest,
  serializeManifest,
  sha256,
} from './docs-files.ts';
import { findChromium } from './find-chromium.ts';
import { type DiagramRenderer, openDiagramRenderer } from './render-diagrams.ts';
import { writeIfChanged } from './write-if-changed.ts';

function needsRendering(
  flowId: string,
  mmdSha256: string,
  manifest: Manifest,
  language: Language,
): boolean {
  const entry = manifest[flowId];
  return (
    entry === undefined ||
    entry.mmdSha256 !== mmdSha256 ||
    entry.svgSha256 !== hashFile(diagramPath(flowId, 'svg', language)) ||
    (language === 'en' && entry.pngSha256 !== hashFile(diagramPath(flowId, 'png', language)))
  );
}

function removeStaleDiagrams(flowIds: ReadonlySet<string>, language: Language): string[] {
  const removed: string[] = [];
  for (const file of readdirSync(diagramsDir(language))) {
    const match = /^(.+)\.(mmd|svg|png)$/.exec(file);
    if (match?.[1] !== undefined && !flowIds.has(match[1])) {
      rmSync(join(diagramsDir(language), file));
      removed.push(file);
    }
  }
  return removed;
}

async function renderDiagrams(
  flowIds: readonly string[],
  manifest: Manifest,
  language: Language,
): Promise<Manifest> {
  if (flowIds.length === 0) return manifest;
  const started = performance.now();
  const renderer: DiagramRenderer = await openDiagramRenderer(findChromium());
  const next: Manifest = { ...manifest };
  try {
    for (const flowId of flowIds) {
      const mmd = readFileSync(diagramPath(flowId, 'mmd', language), 'utf8');
      const { svg, png } = await renderer.render(mmd);
      writeFileSync(diagramPath(flowId, 'svg', language), svg);
      const entry = { mmdSha256: sha256(mmd), svgSha256: sha256(svg) };
      if (language === 'en') writeFileSync(diagramPath(flowId, 'png', language), png);
      next[flowId] = language === 'en' ? { ...entry, pngSha256: sha256(png) } : entry;
      console.log(`  rendered ${language}/${flowId}`);
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

async function generateDiagrams(language: Language): Promise<void> {
  mkdirSync(diagramsDir(language), { recursive: true });
  const manifest = readManifest(language);
  const toRender: string[] = [];
  for (const flow of FLOWS) {
    const mmd = toMermaid(flow, { language });
    writeIfChanged(diagramPath(flow.id, 'mmd', language), mmd);
    if (needsRendering(flow.id, sha256(mmd), manifest, language)) toRender.push(flow.id);
  }
  const flowIds = new Set(FLOWS.map((flow) => flow.id));
  const removed = removeStaleDiagrams(flowIds, language);
  const rendered = await renderDiagrams(toRender, manifest, language);
  const current = Object.fromEntries(Object.entries(rendered).filter(([id]) => flowIds.has(id)));
  writeIfChanged(manifestPath(language), serializeManifest(current));
  console.log(
    `diagrams (${language}): ${FLOWS.length} flows, ${toRender.length} rendered, ${FLOWS.length - toRender.length} unchanged` +
      (removed.length > 0 ? `, removed ${removed.join(', ')}` : ''),
  );
}

async function main(): Promise<void> {
  for (const language of LANGUAGES) await generateDiagrams(language);
  const filled = listMarkdownPages().filter((page) =>
    writeIfChanged(page, fillDiagramMarkers(readFileSync(page, 'utf8'), pathToDocsRoot(page))),
  );
  console.log(
    `pages: ${filled.length === 0 ? 'all diagram markers up to date' : `filled ${filled.map((page) => relative(DOCS_DIR, page)).join(', ')}`}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
