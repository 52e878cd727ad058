/**
 * The VI mode shows the flows' own Vietnamese: every text of every flow the app renders must have
 * one, and prose must really be translated (a copy of the English passes the typecheck but not
 * this test). Texts that read the same in both languages are HTTP lines, code and names.
 */
import { FLOWS } from '@authlab/flows/catalog';
import type { Localized } from '@authlab/flows/localized';
import { describe, expect, it } from 'vitest';

function listTexts(): { where: string; text: Localized; prose: boolean }[] {
  return FLOWS.flatMap((flow) => [
    { where: `${flow.id} title`, text: flow.title, prose: true },
    { where: `${flow.id} summary`, text: flow.summary, prose: true },
    ...flow.steps.flatMap((step, index) => [
      { where: `${flow.id} #${index + 1} message`, text: step.message, prose: false },
      { where: `${flow.id} #${index + 1} explanation`, text: step.explanation, prose: true },
      ...(step.correction
        ? [{ where: `${flow.id} #${index + 1} correction`, text: step.correction, prose: true }]
        : []),
      ...(step.phase
        ? [{ where: `${flow.id} #${index + 1} phase`, text: step.phase, prose: true }]
        : []),
      ...step.effects.map((effect) => ({
        where: `${flow.id} #${index + 1} effect`,
        text: effect.what,
        prose: false,
      })),
    ]),
  ]);
}

describe('flow texts in the VI mode', () => {
  it('has a Vietnamese text for every text of every flow', () => {
    const missing = listTexts().filter(({ text }) => (text.vi ?? '').trim() === '');
    expect(missing.map(({ where }) => where)).toEqual([]);
  });

  it('translates every title, summary, explanation, correction and phase', () => {
    const untranslated = listTexts().filter(({ text, prose }) => prose && text.vi === text.en);
    expect(untranslated.map(({ where }) => where)).toEqual([]);
  });
});
