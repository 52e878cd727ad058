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
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { CHROMIUM_ARGS, markCorrectionNotes } from './render-diagrams.ts';
import { buildDeckHtml, buildSlideHtml, type SlideView } from './slide-html.ts';

const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';

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
  });
  const page: Page = await browser.newPage();
  await page.setViewport({ width: SLIDE_WIDTH_PX, height: SLIDE_HEIGHT_PX, deviceScaleFactor: 1 });
  return {
    async renderDiagram(mermaidText) {
      const { data } = await renderMermaid(browser, mermaidText, 'svg', {
        backgroundColor: 'white',
        mermaidConfig: buildMermaidConfig(fontSizePx),
      });
      return markCorrectionNotes(new TextDecoder().decode(data));
    },
    async renderSlide(view) {
      const { html, scale } = buildSlideHtml(view);
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
