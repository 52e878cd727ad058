/**
 * Part of `pnpm run docs`: regenerates docs/slides/ from @authlab/flows.
 *
 * 1. writes each deck's Markdown (index + speaker notes) and one .mmd per slide;
 * 2. renders the PNGs and the PDF of a deck only when its sources changed (or a rendered
 *    file is missing or was edited), recording hashes in docs/slides/manifest.json;
 * 3. removes the files of slides that no longer exist;
 * 4. fails when a slide's diagram text would be smaller than 24 px at 1080p, and records the
 *    smallest size per deck, which the drift test checks.
 * `--force` renders every deck. The drift test checks the result without a browser.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FLOWS } from '../src/catalog.ts';
import { LANGUAGES } from '../src/localized.ts';
import {
  type Deck,
  listDecks,
  renderSlidesIndex,
  SLIDE_FONT_SIZE_PX,
  slideFooter,
  slideHeading,
  slideStem,
  toSlideMermaid,
} from '../src/slides.ts';
import { DOCS_DIR, hashFile, serializeManifest, sha256 } from './docs-files.ts';
import { findChromium } from './find-chromium.ts';
import { openSlideRenderer, type SlideRenderer } from './render-slides.ts';
import type { SlideView } from './slide-html.ts';
import {
  type DeckManifestEntry,
  deckKey,
  deckPdfPath,
  hashDeckSources,
  listDeckSources,
  readSlidesManifest,
  SLIDES_INDEX_PATH,
  SLIDES_MANIFEST_PATH,
  type SlidesManifest,
  slidePartsDir,
  slidePath,
} from './slides-files.ts';
import { writeIfChanged } from './write-if-changed.ts';

const MIN_TEXT_PX = 24;

function isUpToDate(deck: Deck, entry: DeckManifestEntry | undefined): boolean {
  if (entry === undefined || entry.sourceSha256 !== hashDeckSources(deck)) return false;
  if (entry.pdfSha256 !== hashFile(deckPdfPath(deck))) return false;
  return deck.parts.every((part) => {
    const stem = slideStem(part);
    return entry.pngSha256[stem] === hashFile(slidePath(deck, stem, 'png'));
  });
}

function removeStaleSlides(deck: Deck): void {
  const stems = new Set(deck.parts.map(slideStem));
  for (const file of readdirSync(slidePartsDir(deck))) {
    const stem = file.replace(/\.(mmd|png)$/, '');
    if (!stems.has(stem)) rmSync(join(slidePartsDir(deck), file));
  }
}

async function renderDeck(renderer: SlideRenderer, deck: Deck): Promise<DeckManifestEntry> {
  const views: SlideView[] = [];
  const pngSha256: Record<string, string> = {};
  const tooSmall: string[] = [];
  let minTextPx = Number.POSITIVE_INFINITY;
  for (const [index, part] of deck.parts.entries()) {
    const view: SlideView = {
      language: deck.language,
      heading: slideHeading(part, deck.language),
      topic: deck.section.title[deck.language],
      footer: slideFooter(part, deck.language),
      svg: await renderer.renderDiagram(toSlideMermaid(part, deck.language)),
      slideNumber: index + 1,
    };
    const { png, textPx } = await renderer.renderSlide(view);
    if (textPx < MIN_TEXT_PX) tooSmall.push(`${slideStem(part)} (${textPx.toFixed(1)} px)`);
    minTextPx = Math.min(minTextPx, textPx);
    writeFileSync(slidePath(deck, slideStem(part), 'png'), png);
    pngSha256[slideStem(part)] = sha256(png);
    views.push(view);
  }
  if (tooSmall.length > 0) {
    throw new Error(`${deckKey(deck)}: text below ${MIN_TEXT_PX} px on ${tooSmall.join(', ')}`);
  }
  const title = `authlab · ${deck.section.title[deck.language]}`;
  const flowTitles = FLOWS.filter((flow) => flow.section === deck.section.id).map(
    (flow) => flow.title[deck.language],
  );
  const pdf = await renderer.renderPdf(title, flowTitles, views);
  writeFileSync(deckPdfPath(deck), pdf);
  return {
    sourceSha256: hashDeckSources(deck),
    pdfSha256: sha256(pdf),
    minTextPx: Math.floor(minTextPx * 10) / 10,
    pngSha256,
  };
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const manifest: SlidesManifest = readSlidesManifest();
  const decks = LANGUAGES.flatMap(listDecks);
  const stale: Deck[] = [];
  for (const deck of decks) {
    mkdirSync(slidePartsDir(deck), { recursive: true });
    for (const [path, content] of listDeckSources(deck)) writeIfChanged(path, content);
    removeStaleSlides(deck);
    if (force || !isUpToDate(deck, manifest[deckKey(deck)])) stale.push(deck);
  }
  if (stale.length > 0) {
    const started = performance.now();
    const renderer = await openSlideRenderer(findChromium(), SLIDE_FONT_SIZE_PX);
    try {
      for (const deck of stale) {
        manifest[deckKey(deck)] = await renderDeck(renderer, deck);
        writeIfChanged(SLIDES_MANIFEST_PATH, serializeManifest(manifest));
        console.log(`  rendered ${deckKey(deck)} (${deck.parts.length} slides)`);
      }
    } finally {
      await renderer.close();
    }
    console.log(
      `rendered ${stale.length} deck(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  writeIfChanged(SLIDES_INDEX_PATH, renderSlidesIndex());
  const keys = new Set(decks.map(deckKey));
  const current = Object.fromEntries(Object.entries(manifest).filter(([key]) => keys.has(key)));
  writeIfChanged(SLIDES_MANIFEST_PATH, serializeManifest(current));
  const slides = decks.reduce((sum, deck) => sum + deck.parts.length, 0);
  console.log(
    `slides: ${decks.length} decks, ${slides} slides, ${stale.length} rendered, in ${relative(DOCS_DIR, SLIDES_MANIFEST_PATH).replace('/manifest.json', '')}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
