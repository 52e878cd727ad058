/**
 * Every text outside the flows' steps is in both languages too: participants, their boxes,
 * sections, timelines and storage locations (the step texts are checked by the web app's test and
 * the flow rules). Also keeps out the calques the issue named.
 */
import { describe, expect, it } from 'vitest';
import { ACTOR_GROUP_LABELS, ACTORS } from '../src/actors.ts';
import { FLOWS, SECTIONS } from '../src/catalog.ts';
import type { Localized } from '../src/localized.ts';
import { STORAGE_LOCATIONS } from '../src/storage-locations.ts';
import { TIMELINES } from '../src/timelines.ts';

const CALQUES = [/token mờ/i, /ngây thơ/i, /ngưỡng phiên bản/i, /thông tin xác thực/i];

function collectTexts(): Localized[] {
  return [
    ...Object.values(ACTOR_GROUP_LABELS),
    ...Object.values(ACTORS).flatMap((actor) => [actor.label, actor.description]),
    ...SECTIONS.map((section) => section.title),
    ...TIMELINES.flatMap((timeline) => [
      timeline.title,
      ...timeline.lifetimes.flatMap((lifetime) => [lifetime.label, lifetime.explanation]),
      ...timeline.events.map((event) => event.label),
    ]),
    ...Object.values(STORAGE_LOCATIONS).flatMap((location) => [
      location.label,
      location.description,
      ...Object.values(location.holds).flat(),
    ]),
  ];
}

function collectStepTexts(): Localized[] {
  return FLOWS.flatMap((flow) => [
    flow.title,
    flow.summary,
    ...flow.steps.flatMap((step) => [
      step.message,
      step.explanation,
      ...(step.correction ? [step.correction] : []),
      ...(step.phase ? [step.phase] : []),
      ...step.effects.map((effect) => effect.what),
    ]),
  ]);
}

describe('texts beside the flows', () => {
  it('have an English and a Vietnamese text each', () => {
    const empty = collectTexts().filter((text) => text.en.trim() === '' || text.vi.trim() === '');
    expect(empty).toEqual([]);
  });

  it('translate every description and explanation', () => {
    const prose = [
      ...Object.values(ACTORS).map((actor) => actor.description),
      ...Object.values(STORAGE_LOCATIONS).map((location) => location.description),
      ...TIMELINES.flatMap((timeline) =>
        timeline.lifetimes.map((lifetime) => lifetime.explanation),
      ),
    ];
    expect(prose.filter((text) => text.vi === text.en)).toEqual([]);
  });
});

describe('Vietnamese texts', () => {
  it('avoid the calques the issue named', () => {
    const found = [...collectTexts(), ...collectStepTexts()]
      .map((text) => text.vi)
      .filter((vi) => CALQUES.some((calque) => calque.test(vi)));
    expect(found).toEqual([]);
  });
});
