/**
 * The HTML of a 1920×1080 slide: the heading (flow title, part, "continued"), the diagram scaled
 * to fit, and a footer with the topic, the legend and "continues on the next slide". Text outside the diagram is 24 px or more;
 * the diagram's own text size is the Mermaid font size times the scale returned here.
 */
import type { Language } from '../src/localized.ts';

export interface SlideView {
  readonly language: Language;
  readonly heading: string;
  readonly topic: string;
  readonly footer: string | null;
  readonly svg: string;
  readonly slideNumber: number;
}

const DIAGRAM_WIDTH_PX = 1840;
const DIAGRAM_HEIGHT_PX = 940;
/** Small diagrams are enlarged a little, never to the point of looking like a different deck. */
const MAX_SCALE = 1.3;

const HEADING_MAX_PX = 38;
const HEADING_MIN_PX = 28;
/** Average width of a bold Liberation Sans character, in em: long titles get a smaller size. */
const HEADING_CHAR_EM = 0.56;

function headingSizePx(heading: string): number {
  const fitting = Math.floor(DIAGRAM_WIDTH_PX / (HEADING_CHAR_EM * heading.length));
  return Math.max(HEADING_MIN_PX, Math.min(HEADING_MAX_PX, fitting));
}

const LEGEND = {
  en: 'grey: what a step changes · orange: a correction of the source documents',
  vi: 'xám: bước đó thay đổi gì · cam: đính chính tài liệu gốc',
} as const;

const STYLE = `
  body { margin: 0; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
  .slide { width: 1920px; height: 1080px; box-sizing: border-box; padding: 18px 40px 12px;
    display: flex; flex-direction: column; background: #ffffff; color: #1f2937;
    break-after: page; overflow: hidden; }
  .slide h1 { line-height: 1.2; margin: 0 0 6px; white-space: nowrap; }
  .slide .diagram { flex: 1; display: flex; align-items: center; justify-content: center;
    min-height: 0; }
  .slide .diagram > div > svg { width: 100% !important; height: 100% !important;
    max-width: none !important; }
  .slide footer { display: flex; justify-content: space-between; font-size: 24px;
    color: #4b5563; }
  .slide footer .continues { font-weight: bold; color: #1f2937; }
  .title-slide { justify-content: center; }
  .title-slide h1 { font-size: 72px; }
  .title-slide ul { font-size: 36px; line-height: 1.5; }
`;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}

function readSvgSize(svg: string): { width: number; height: number } {
  const viewBox = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(viewBox?.[1]);
  const height = Number(viewBox?.[2]);
  if (!(width > 0 && height > 0)) throw new Error('rendered slide SVG has no usable viewBox');
  return { width, height };
}

function renderSlideSection(view: SlideView): { html: string; scale: number } {
  const { width, height } = readSvgSize(view.svg);
  const scale = Math.min(MAX_SCALE, DIAGRAM_WIDTH_PX / width, DIAGRAM_HEIGHT_PX / height);
  const box = `width:${Math.floor(width * scale)}px;height:${Math.floor(height * scale)}px`;
  const html = `<section class="slide" lang="${view.language}">
  <h1 style="font-size:${headingSizePx(view.heading)}px">${escapeHtml(view.heading)}</h1>
  <div class="diagram"><div style="${box}">${view.svg}</div></div>
  <footer><span>${escapeHtml(`${view.topic} · ${LEGEND[view.language]}`)}</span>${
    view.footer === null ? '' : `<span class="continues">${escapeHtml(view.footer)}</span>`
  }<span>authlab · ${view.slideNumber}</span></footer>
</section>`;
  return { html, scale };
}

function wrapDocument(language: Language, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function buildSlideHtml(view: SlideView): { html: string; scale: number } {
  const { html, scale } = renderSlideSection(view);
  return { html: wrapDocument(view.language, html), scale };
}

/** The deck: a title slide listing its flows, then every slide, one per PDF page. */
export function buildDeckHtml(
  title: string,
  flowTitles: readonly string[],
  views: readonly SlideView[],
): string {
  const language = views[0]?.language ?? 'en';
  const list = flowTitles.map((flowTitle) => `<li>${escapeHtml(flowTitle)}</li>`).join('');
  const titleSlide = `<section class="slide title-slide"><h1>${escapeHtml(title)}</h1><ul>${list}</ul></section>`;
  const slides = views.map((view) => renderSlideSection(view).html).join('\n');
  return wrapDocument(language, `${titleSlide}\n${slides}`);
}
