/**
 * The committed slides must be what `pnpm run docs` would write from the current flows: every
 * deck's Markdown and every slide's .mmd byte for byte, and PNGs/PDFs rendered from exactly those
 * sources (checked through docs/slides/manifest.json, so no browser is needed; the images
 * themselves are not compared, as a re-render need not be byte-identical).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, hashFile } from '../../scripts/docs-files.ts';
import {
  deckKey,
  deckPdfPath,
  hashDeckSources,
  listDeckSources,
  readSlidesManifest,
  SLIDES_INDEX_PATH,
  slidePath,
} from '../../scripts/slides-files.ts';
import { LANGUAGES } from '../../src/localized.ts';
import { listDecks, renderSlidesIndex, slideStem } from '../../src/slides.ts';

const STALE = 'stale: run pnpm run docs (at the root or in packages/flows)';
const decks = LANGUAGES.flatMap(listDecks);

describe('docs/slides', () => {
  const manifest = readSlidesManifest();

  for (const deck of decks) {
    it(`holds the sources of ${deckKey(deck)} generated from the current flows`, () => {
      for (const [path, content] of listDeckSources(deck)) {
        const name = relative(DOCS_DIR, path);
        expect(existsSync(path), `${name} missing: ${STALE}`).toBe(true);
        expect(readFileSync(path, 'utf8'), `${name} is ${STALE}`).toBe(content);
      }
    });

    it(`holds the PNGs and PDFs of ${deckKey(deck)} rendered from those sources`, () => {
      const entry = manifest[deckKey(deck)];
      expect(entry, `manifest has no ${deckKey(deck)}: ${STALE}`).toBeDefined();
      expect(entry?.sourceSha256, `${deckKey(deck)} rendered from other sources: ${STALE}`).toBe(
        hashDeckSources(deck),
      );
      for (const part of deck.parts) {
        const stem = slideStem(part);
        expect(hashFile(slidePath(deck, stem, 'png')), `${stem}.png: ${STALE}`).toBe(
          entry?.pngSha256[stem],
        );
      }
      expect(hashFile(deckPdfPath(deck)), `PDF: ${STALE}`).toBe(entry?.pdfSha256);
    });

    it(`shows no diagram text below 24 px at 1080p in ${deckKey(deck)}`, () => {
      expect(manifest[deckKey(deck)]?.minTextPx).toBeGreaterThanOrEqual(24);
    });
  }

  it('holds the index of the decks generated from the current flows', () => {
    expect(existsSync(SLIDES_INDEX_PATH), `docs/slides/README.md missing: ${STALE}`).toBe(true);
    expect(readFileSync(SLIDES_INDEX_PATH, 'utf8'), `docs/slides/README.md is ${STALE}`).toBe(
      renderSlidesIndex(),
    );
  });

  it('lists no deck that no longer exists', () => {
    expect(Object.keys(manifest).sort()).toEqual(decks.map(deckKey).sort());
  });
});
