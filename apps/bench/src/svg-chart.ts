/**
 * A small line chart as plain SVG text, so the bench can draw its growth charts without a browser
 * or a plotting library: axes with a few labelled ticks, one polyline and labelled dots per series.
 * The x axis can be logarithmic (1k → 10k → 100k). The output depends only on the data, so the
 * committed charts are drift-tested like the pages.
 *
 * Reference: SVG 1.1, "Basic Shapes" and "Text".
 */

export interface ChartSeries {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface LineChart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly logX: boolean;
  readonly series: readonly ChartSeries[];
}

const WIDTH_PX = 640;
const HEIGHT_PX = 360;
const MARGIN = { top: 40, right: 150, bottom: 50, left: 70 };
const Y_TICKS = 4;
const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 1234 → "1.2k", 100000 → "100k": short tick and point labels. */
export function formatShort(value: number): string {
  if (Math.abs(value) >= 1000) return `${Number((value / 1000).toPrecision(3))}k`;
  return String(Number(value.toPrecision(3)));
}

/** The smallest 1, 2 or 5 × 10ⁿ at least `raw`: tick labels a reader can add up. */
export function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
}

/** What a chart shows when its measurement failed: the title and "not measured", never stale data. */
function renderEmptyChart(title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH_PX}" height="${HEIGHT_PX}" viewBox="0 0 ${WIDTH_PX} ${HEIGHT_PX}" font-family="sans-serif" font-size="15">`,
    `<text x="${WIDTH_PX / 2}" y="22" text-anchor="middle">${escapeXml(title)}</text>`,
    `<text x="${WIDTH_PX / 2}" y="${HEIGHT_PX / 2}" text-anchor="middle">not measured in this run</text>`,
    '</svg>\n',
  ].join('\n');
}

export function renderLineChart(chart: LineChart): string {
  const points = chart.series.flatMap((series) => series.points);
  if (points.length === 0) return renderEmptyChart(chart.title);
  const toX = chart.logX ? Math.log10 : (value: number) => value;
  const xs = points.map((point) => toX(point.x));
  const xMin = Math.min(...xs);
  const xSpan = Math.max(...xs) - xMin || 1;
  const yStep = niceStep((Math.max(...points.map((point) => point.y), 0) * 1.15) / Y_TICKS);
  const yMax = yStep * Y_TICKS;
  const plotWidth = WIDTH_PX - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT_PX - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => (MARGIN.left + ((toX(x) - xMin) / xSpan) * plotWidth).toFixed(1);
  const py = (y: number) => (MARGIN.top + plotHeight - (y / yMax) * plotHeight).toFixed(1);
  const bottom = MARGIN.top + plotHeight;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH_PX}" height="${HEIGHT_PX}" viewBox="0 0 ${WIDTH_PX} ${HEIGHT_PX}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH_PX}" height="${HEIGHT_PX}" fill="#ffffff"/>`,
    `<text x="${WIDTH_PX / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(chart.title)}</text>`,
    `<line x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotWidth}" y2="${bottom}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT_PX - 12}" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeXml(chart.yLabel)}</text>`,
  ];
  for (let tick = 0; tick <= Y_TICKS; tick += 1) {
    const value = yStep * tick;
    parts.push(
      `<line x1="${MARGIN.left}" y1="${py(value)}" x2="${MARGIN.left + plotWidth}" y2="${py(value)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 6}" y="${py(value)}" text-anchor="end" dominant-baseline="middle">${formatShort(value)}</text>`,
    );
  }
  for (const x of [...new Set(points.map((point) => point.x))].sort((a, b) => a - b)) {
    parts.push(
      `<text x="${px(x)}" y="${bottom + 18}" text-anchor="middle">${formatShort(x)}</text>`,
    );
  }
  chart.series.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const path = series.points.map((point) => `${px(point.x)},${py(point.y)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const point of series.points) {
      parts.push(
        `<circle cx="${px(point.x)}" cy="${py(point.y)}" r="3.5" fill="${colour}"/>`,
        `<text x="${px(point.x)}" y="${Number(py(point.y)) - 8}" text-anchor="middle" fill="${colour}">${formatShort(point.y)}</text>`,
      );
    }
    const legendY = MARGIN.top + 10 + index * 18;
    parts.push(
      `<rect x="${WIDTH_PX - MARGIN.right + 12}" y="${legendY - 8}" width="12" height="12" fill="${colour}"/>`,
      `<text x="${WIDTH_PX - MARGIN.right + 30}" y="${legendY + 2}">${escapeXml(series.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
