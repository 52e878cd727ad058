/**
 * Renders slide decks in one headless Chromium: each part's Mermaid text to SVG (mermaid-cli),
 * placed on a 1920×1080 page under its heading, screenshotted to PNG; the whole deck printed to
 * one PDF. Reports the text size each slide ends up with, so a part that had to shrink below
 * 24 px is caught at generation time.
 *
 * Chromium is Debian's (see render-diagrams.ts for the flags and why). When Debian's `pngquant`
 * is installed, the PNGs are reduced to a palette: about a third of the size, the same look (the
 * slides are flat colours), which keeps the committed decks small.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { CHROMIUM_ARGS, markCorrectionNotes } from './render-diagrams.ts';
import { buildDeckHtml, buildSlideHtml, type SlideView } from './slide-html.ts';

const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';

const RENDER_TIMEOUT_MS = 10 * 60 * 1000;

export const SLIDE_WIDTH_PX = 1920;
export const SLIDE_HEIGHT_PX = 1080;

/** Mermaid reads one font size for messages, notes and participants (`fontSize` at the top). */
function buildMermaidConfig(fontSizePx: number) {
  return {
    theme: 'neutral',
    fontFamily: FONT_FAMILY,
    fontSize: fontSizePx,
    themeVariables: { fontFamily: FONT_FAMILY },
    sequence: { mirrorActors: false },
  } as const;
}

/**
 * Mermaid's browser bundle, as mermaid-cli ships it. Loading it once into one page and rendering
 * every slide there is several times faster than mermaid-cli's page per diagram, which matters
 * for two hundred slides.
 */
function findMermaidBundle(): string {
  const cli = fileURLToPath(import.meta.resolve('@mermaid-js/mermaid-cli'));
  return join(dirname(createRequire(cli).resolve('mermaid')), 'mermaid.js');
}

declare const mermaid: {
  initialize(config: object): void;
  render(id: string, text: string): Promise<{ svg: string }>;
};

export interface RenderedSlide {
  readonly png: Uint8Array;
  /** The diagram's text size once fitted to the slide. */
  readonly textPx: number;
}

export interface SlideRenderer {
  /** Renders the diagram of a slide to SVG (kept for the deck's PDF). */
  renderDiagram(mermaidText: string): Promise<string>;
  renderSlide(view: SlideView): Promise<RenderedSlide>;
  renderPdf(
    title: string,
    flowTitles: readonly string[],
    views: readonly SlideView[],
  ): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openSlideRenderer(
  executablePath: string,
  fontSizePx: number,
): Promise<SlideRenderer> {
  const browser: Browser = await puppeteer.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    // A deck's PDF holds up to forty diagrams: on a busy machine printing it takes minutes.
    protocolTimeout: RENDER_TIMEOUT_MS,
  });
  const page: Page = await browser.newPage();
  page.setDefaultTimeout(RENDER_TIMEOUT_MS);
  await page.setViewport({ width: SLIDE_WIDTH_PX, height: SLIDE_HEIGHT_PX, deviceScaleFactor: 1 });
  const mermaidPage: Page = await browser.newPage();
  await mermaidPage.setContent('<!doctype html><html><body></body></html>');
  await mermaidPage.addScriptTag({ path: findMermaidBundle() });
  await mermaidPage.evaluate((config) => {
    mermaid.initialize({ startOnLoad: false, ...config });
  }, buildMermaidConfig(fontSizePx));
  return {
    async renderDiagram(mermaidText) {
      const svg = await mermaidPage.evaluate(
        async (text) => (await mermaid.render('slide', text)).svg,
        mermaidText,
      );
      return markCorrectionNotes(svg);
    },
    async renderSlide(view) {
      const { html, scale } = buildSlideHtml(view);
      // A tab in the background is not painted: Chromium would wait for ever on the screenshot.
      await page.bringToFront();
      await page.setContent(html);
      const png = await page.screenshot({
        type: 'png',
        clip: { x: 0, y: 0, width: SLIDE_WIDTH_PX, height: SLIDE_HEIGHT_PX },
      });
      return { png: compressPng(png), textPx: fontSizePx * scale };
    },
    async renderPdf(title, flowTitles, views) {
      await page.setContent(buildDeckHtml(title, flowTitles, views));
      return page.pdf({
        timeout: RENDER_TIMEOUT_MS,
        width: `${SLIDE_WIDTH_PX}px`,
        height: `${SLIDE_HEIGHT_PX}px`,
        printBackground: true,
        pageRanges: '',
      });
    },
    close: () => browser.close(),
  };
}

/** Palette PNG through pngquant when it is installed; the screenshot as it is otherwise. */
function compressPng(png: Uint8Array): Uint8Array {
  const result = spawnSync('pngquant', ['--quality=70-95', '--speed', '3', '--strip', '-'], {
    input: png,
    maxBuffer: 64 * 1024 * 1024,
  });
  return result.status === 0 && result.stdout.length > 0 ? new Uint8Array(result.stdout) : png;
}
