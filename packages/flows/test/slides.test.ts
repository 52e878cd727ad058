import { describe, expect, it } from 'vitest';
import { FLOWS, SECTIONS } from '../src/catalog.ts';
import { LANGUAGES } from '../src/localized.ts';
import {
  listDecks,
  listSpeakerNotes,
  renderDeckMarkdown,
  SLIDE_MAX_STEPS,
  slideFooter,
  slideHeading,
  splitFlowIntoParts,
  toSlideMermaid,
} from '../src/slides.ts';
import { requireFlow } from './helpers/require-flow.ts';

describe('splitFlowIntoParts', () => {
  it('keeps every step of every flow, in order, in parts of at most 8 steps', () => {
    for (const flow of FLOWS) {
      const parts = splitFlowIntoParts(flow);
      expect(parts.flatMap((part) => part.steps)).toEqual(flow.steps);
      for (const part of parts)
        expect(part.steps.length, flow.id).toBeLessThanOrEqual(SLIDE_MAX_STEPS);
    }
  });

  it('numbers each part on from the previous one', () => {
    const [first, second] = splitFlowIntoParts(requireFlow('jwt.refresh'));
    if (first === undefined || second === undefined) throw new Error('jwt.refresh has one part');
    expect(second.firstStepNumber).toBe(first.steps.length + 1);
    expect(toSlideMermaid(second, 'en')).toContain(`  autonumber ${second.firstStepNumber}`);
  });

  it('cuts a flow at the same steps in English and Vietnamese', () => {
    for (const flow of FLOWS) {
      const [en, vi] = LANGUAGES.map((language) =>
        listDecks(language)
          .flatMap((deck) => deck.parts)
          .filter((part) => part.flow.id === flow.id)
          .map((part) => part.steps.length),
      );
      expect(vi, flow.id).toEqual(en);
    }
  });
});

describe('slide texts', () => {
  const [first, second] = splitFlowIntoParts(requireFlow('jwt.refresh'));

  it('marks the parts after the first as continued, in both languages', () => {
    if (first === undefined || second === undefined) throw new Error('jwt.refresh has one part');
    expect(slideHeading(first, 'en')).not.toMatch(/continued/);
    expect(slideHeading(second, 'en')).toMatch(
      /^JWT: refresh after a 401 — part 2\/\d \(continued\)$/,
    );
    expect(slideHeading(second, 'vi')).toMatch(/— phần 2\/\d \(tiếp\)$/);
    expect(slideFooter(first, 'vi')).toBe('còn tiếp ở slide sau →');
  });

  it('draws no title inside the slide diagram (the slide heading has it)', () => {
    if (first === undefined) throw new Error('jwt.refresh has no part');
    expect(toSlideMermaid(first, 'en')).not.toMatch(/^\s*title /m);
  });

  it('writes speaker notes from the summary and every step explanation', () => {
    if (first === undefined) throw new Error('jwt.refresh has no part');
    const notes = listSpeakerNotes(first, 'vi');
    expect(notes[0]).toBe(first.flow.summary.vi);
    expect(notes).toContain(
      `**1. ${first.steps[0]?.message.vi}** — ${first.steps[0]?.explanation.vi}`,
    );
  });
});

describe('listDecks', () => {
  it('makes one deck per topic and language that holds every flow of the topic', () => {
    for (const language of LANGUAGES) {
      const decks = listDecks(language);
      expect(decks.map((deck) => deck.section.id)).toEqual(SECTIONS.map((section) => section.id));
      const flowIds = new Set(decks.flatMap((deck) => deck.parts.map((part) => part.flow.id)));
      expect([...flowIds].sort()).toEqual(FLOWS.map((flow) => flow.id).sort());
    }
  });

  it('links every slide image from the deck Markdown', () => {
    const deck = listDecks('en').find((candidate) => candidate.section.id === 'token-refresh');
    if (deck === undefined) throw new Error('no token-refresh deck');
    const markdown = renderDeckMarkdown(deck);
    expect(markdown).toContain('](token-refresh/jwt.refresh.1.png)');
    expect(markdown).toContain('](token-refresh/jwt.refresh-reuse.1.png)');
  });
});
