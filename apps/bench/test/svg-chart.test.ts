import { describe, expect, it } from 'vitest';
import { formatShort, niceStep, renderLineChart } from '../src/svg-chart.ts';

const chart = {
  title: 'Memory per session',
  xLabel: 'sessions',
  yLabel: 'bytes',
  logX: true,
  series: [
    {
      name: 'memory store',
      points: [
        { x: 1_000, y: 400 },
        { x: 100_000, y: 380 },
      ],
    },
    {
      name: 'Redis',
      points: [
        { x: 1_000, y: 250 },
        { x: 100_000, y: 240 },
      ],
    },
  ],
};

describe('renderLineChart', () => {
  it('draws one line and one legend entry per series', () => {
    const svg = renderLineChart(chart);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('>memory store</text>');
    expect(svg).toContain('>Redis</text>');
  });

  it('places the points of a log axis at equal distances per power of ten', () => {
    const svg = renderLineChart({
      ...chart,
      series: [{ name: 's', points: [1, 10, 100].map((x) => ({ x, y: 1 })) }],
    });
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((match) => Number(match[1]));
    const [first = 0, second = 0, third = 0] = xs;
    expect(second - first).toBeCloseTo(third - second);
  });

  it('says "not measured" rather than drawing nothing', () => {
    expect(renderLineChart({ ...chart, series: [] })).toContain('not measured in this run');
  });
});

describe('formatShort', () => {
  it('shortens thousands', () => {
    expect([formatShort(100_000), formatShort(1_500), formatShort(42)]).toEqual([
      '100k',
      '1.5k',
      '42',
    ]);
  });
});

describe('niceStep', () => {
  it('rounds a tick step up to 1, 2 or 5 times a power of ten', () => {
    expect([niceStep(163), niceStep(0.3), niceStep(40), niceStep(0)]).toEqual([200, 0.5, 50, 1]);
  });
});
