import { describe, expect, it } from 'vitest';
import { markCorrectionNotes } from '../../scripts/render-diagrams.ts';

const note = (text: string) =>
  `<g data-et="note"><rect x="1" y="2" fill="#EDF2AE" width="9" height="9" class="note"/><text x="5" class="noteText" dy="1em"><tspan x="5">${text}</tspan></text></g>`;

describe('markCorrectionNotes', () => {
  it('gives notes that start with the Correction label their own class and fill', () => {
    const svg = markCorrectionNotes(note('Correction: 004: tokens in localStorage'));
    expect(svg).toContain('class="note correction-note" style="fill: #b45309');
  });

  it('recognises the Vietnamese label too', () => {
    expect(markCorrectionNotes(note('Đính chính: 004: token'))).toContain('correction-note');
  });

  it('leaves the grey notes of state changes alone', () => {
    const svg = note('cookie jar gains: authlab.sid');
    expect(markCorrectionNotes(svg)).toBe(svg);
  });
});
