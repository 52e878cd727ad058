/**
 * The files of the slide decks: docs/slides/<lang>/<topic>.md (index and speaker notes),
 * <topic>.pdf, and docs/slides/<lang>/<topic>/<flow-id>.<part>.{mmd,png},
 * plus docs/slides/manifest.json with the hash of each deck's sources and of what was rendered
 * from them. Shared by the generator and the drift test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../src/localized.ts';
import {
  type Deck,
  renderDeckMarkdown,
  slideFooter,
  slideHeading,
  slideStem,
  toSlideMermaid,
} from '../src/slides.ts';
import { DOCS_DIR, sha256 } from './docs-files.ts';

export const SLIDES_DIR = join(DOCS_DIR, 'slides');
export const SLIDES_MANIFEST_PATH = join(SLIDES_DIR, 'manifest.json');
export const SLIDES_INDEX_PATH = join(SLIDES_DIR, 'README.md');

export interface DeckManifestEntry {
  readonly sourceSha256: string;
  readonly pdfSha256: string;
  /** The smallest diagram text on any slide of the deck, in px at 1080p (at least 24). */
  readonly minTextPx: number;
  readonly pngSha256: Readonly<Record<string, string>>;
}

export type SlidesManifest = Record<string, DeckManifestEntry>;

export function deckKey(deck: Deck): string {
  return `${deck.language}/${deck.section.id}`;
}

export function deckDir(language: Language): string {
  return join(SLIDES_DIR, language);
}

export function deckMarkdownPath(deck: Deck): string {
  return join(deckDir(deck.language), `${deck.section.id}.md`);
}

export function deckPdfPath(deck: Deck): string {
  return join(deckDir(deck.language), `${deck.section.id}.pdf`);
}

export function slidePartsDir(deck: Deck): string {
  return join(deckDir(deck.language), deck.section.id);
}

export function slidePath(deck: Deck, stem: string, format: 'mmd' | 'png'): string {
  return join(slidePartsDir(deck), `${stem}.${format}`);
}

/** Every source file of a deck, by path: its Markdown and one .mmd per slide. */
export function listDeckSources(deck: Deck): Map<string, string> {
  const sources = new Map<string, string>([[deckMarkdownPath(deck), renderDeckMarkdown(deck)]]);
  for (const part of deck.parts) {
    sources.set(slidePath(deck, slideStem(part), 'mmd'), toSlideMermaid(part, deck.language));
  }
  return sources;
}

/**
 * One hash over everything the deck's PNGs and PDF are drawn from: each slide's .mmd, heading,
 * footer and topic, and the flow titles of the title page. The speaker notes are not in it: they
 * live in the Markdown only, so rewording them re-renders nothing.
 */
export function hashDeckSources(deck: Deck): string {
  const { language, section } = deck;
  const slides = deck.parts.map((part) => [
    toSlideMermaid(part, language),
    slideHeading(part, language),
    slideFooter(part, language),
  ]);
  const flowTitles = [...new Set(deck.parts.map((part) => part.flow.title[language]))];
  return sha256(JSON.stringify({ topic: section.title[language], flowTitles, slides }));
}

export function readSlidesManifest(): SlidesManifest {
  if (!existsSync(SLIDES_MANIFEST_PATH)) return {};
  return JSON.parse(readFileSync(SLIDES_MANIFEST_PATH, 'utf8')) as SlidesManifest;
}
