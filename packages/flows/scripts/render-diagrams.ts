/**
 * Renders Mermaid text to SVG (for the docs) and PNG (for slides) with mermaid-cli's node API,
 * in one headless Chromium reused for every diagram.
 *
 * Chromium comes from the system (Debian's `chromium`), never from a puppeteer download: the
 * network is closed and the flags below keep Chromium from calling home. `--no-sandbox` is needed
 * when running as root in a container; the pages rendered are our own diagrams only.
 */
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import puppeteer, { type Browser } from 'puppeteer';
import { CORRECTION_LABEL } from '../src/mermaid.ts';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Slides are 1600–1920 px wide; the PNG is scaled to this width. */
const PNG_TARGET_WIDTH_PX = 1800;
const PNG_MAX_SCALE = 3;

const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/**
 * Larger text than Mermaid's defaults, so a projected PNG stays readable from the back row. The
 * font is one Debian ships (Liberation Sans, metric-compatible with Arial), so the boxes Mermaid
 * measures fit the text the browser draws.
 */
const MERMAID_CONFIG = {
  theme: 'neutral',
  fontFamily: FONT_FAMILY,
  themeVariables: { fontFamily: FONT_FAMILY },
  sequence: {
    messageFontSize: 17,
    messageFontFamily: FONT_FAMILY,
    noteFontSize: 15,
    noteFontFamily: FONT_FAMILY,
    actorFontSize: 17,
    actorFontFamily: FONT_FAMILY,
  },
} as const;

export interface DiagramRenderer {
  render(mermaidText: string): Promise<{ svg: Uint8Array; png: Uint8Array }>;
  close(): Promise<void>;
}

export async function openDiagramRenderer(executablePath: string): Promise<DiagramRenderer> {
  const browser: Browser = await puppeteer.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const pngPage = await browser.newPage();
  return {
    async render(mermaidText) {
      const { data } = await renderMermaid(browser, mermaidText, 'svg', {
        backgroundColor: 'white',
        mermaidConfig: MERMAID_CONFIG,
      });
      // The PNG is a screenshot of this very SVG: no second Mermaid run, and the two always match.
      const svgText = markCorrectionNotes(new TextDecoder().decode(data));
      const svg = new TextEncoder().encode(svgText);
      const { width, height } = readSvgSize(svgText);
      const scale = Math.min(PNG_MAX_SCALE, Math.max(1, PNG_TARGET_WIDTH_PX / width));
      const clip = { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height) };
      await pngPage.setViewport({
        width: clip.width,
        height: clip.height,
        deviceScaleFactor: scale,
      });
      await pngPage.setContent(
        `<!doctype html><html><body style="margin:0;background:white">${svgText}</body></html>`,
      );
      const png = await pngPage.screenshot({ type: 'png', clip });
      return { svg, png };
    },
    close: () => browser.close(),
  };
}

/** The diagram's natural size, from its viewBox (Mermaid scales the SVG to its container). */
function readSvgSize(svg: string): { width: number; height: number } {
  const viewBox = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(viewBox?.[1]);
  const height = Number(viewBox?.[2]);
  if (!(width > 0 && height > 0)) throw new Error('rendered SVG has no usable viewBox');
  return { width, height };
}

/** Dark orange with white text (contrast about 5:1), unlike the grey notes of state changes. */
const CORRECTION_NOTE_STYLE = 'fill: #b45309; stroke: #7c2d12; stroke-width: 2px';

/**
 * Mermaid cannot colour one note differently from the others, so the rendered SVG is edited: a
 * note whose text starts with the "Correction:" label gets its own fill. The Mermaid source keeps
 * the orange band around it, which is what GitHub's own rendering shows.
 */
export function markCorrectionNotes(svg: string): string {
  const labels = Object.values(CORRECTION_LABEL).join('|');
  const note = new RegExp(
    `(<rect [^>]*)class="note"(/?>(?:</rect>)?<text [^>]*class="noteText"[^>]*><tspan[^>]*>(?:${labels}):)`,
    'g',
  );
  return svg.replace(note, `$1class="note correction-note" style="${CORRECTION_NOTE_STYLE}"$2`);
}
