import { describe, expect, it } from 'vitest';
import { ACTORS } from '../src/actors.ts';
import { FLOWS } from '../src/catalog.ts';
import { aliasOf, escapeText, MERMAID_HEADER, toMermaid, wrapText } from '../src/mermaid.ts';
import { requireFlow } from './helpers/require-flow.ts';

const ARROW = /^\s*(\w+)(--?>>)(\w+): (.*)$/;

describe('toMermaid', () => {
  it('opens with the generated-file header, then a numbered sequence diagram', () => {
    const lines = toMermaid(requireFlow('session.login')).split('\n');
    expect(lines[0]).toBe(MERMAID_HEADER);
    expect(lines[0]).toBe('%% generated from @authlab/flows — do not edit; run pnpm run docs');
    expect(lines).toContain('sequenceDiagram');
    expect(lines).toContain('  autonumber');
  });

  it('declares each actor the flow uses once, with its label, inside its box', () => {
    const text = toMermaid(requireFlow('session.login'));
    expect(text).toContain('  box Browser side\n    participant browser as Browser\n  end');
    expect(text).toContain('    participant sessionApi as session-api');
    expect(text).toContain('    participant sessionStore as Session store');
    expect(text).not.toContain('jwtApi');
  });

  it('draws one arrow per step, in order, numbered by autonumber', () => {
    for (const flow of FLOWS) {
      const arrows = toMermaid(flow)
        .split('\n')
        .map((line) => ARROW.exec(line))
        .filter((match) => match !== null);
      expect(
        arrows.map((match) => [match[1], match[3]]),
        flow.id,
      ).toEqual(flow.steps.map((step) => [aliasOf(step.from), aliasOf(step.to)]));
    }
  });

  it('draws responses to the browser as dashed arrows', () => {
    expect(toMermaid(requireFlow('session.login'))).toContain('sessionApi-->>browser: 200');
  });

  it('frames phases and balances every block', () => {
    const text = toMermaid(requireFlow('jwt.refresh'));
    expect(text).toContain(
      '  rect rgba(128, 128, 128, 0.1)\n    Note over browser,usersDb: Access token expired',
    );
    const opened = text.split('\n').filter((line) => /^\s*(box|rect|alt|opt)\b/.test(line)).length;
    const closed = text.split('\n').filter((line) => line.trim() === 'end').length;
    expect(closed).toBe(opened);
  });

  it('labels documents-mode flows inside the diagram', () => {
    expect(toMermaid(requireFlow('jwt.logout-client-only'))).toContain(
      'Note over browser,revocationStore: As in the source documents: unsafe, shown to compare',
    );
  });

  it('never leaves a raw ; # < > in a text (Mermaid would cut the line or swallow the text)', () => {
    for (const flow of FLOWS) {
      for (const line of toMermaid(flow).split('\n')) {
        const text = /^\s*(?:title |\w+--?>>\w+: |Note over [\w,]+: )(.*)$/.exec(line)?.[1];
        if (text === undefined) continue;
        expect(text.replaceAll('<br/>', '').replace(/#\w+;/g, ''), line).not.toMatch(/[;#<>]/);
      }
    }
  });

  it('sets no colour theme, so GitHub can render the copy in dark mode', () => {
    expect(toMermaid(requireFlow('session.login'))).not.toMatch(/theme/);
  });

  it('names every participant by a label known to ACTORS', () => {
    const labels = new Set(Object.values(ACTORS).map((actor) => actor.label.en));
    for (const flow of FLOWS) {
      for (const match of toMermaid(flow).matchAll(/participant \w+ as (.+)/g)) {
        expect(labels.has(match[1] ?? ''), flow.id).toBe(true);
      }
    }
  });
});

describe('escapeText', () => {
  it('writes ; # < > as Mermaid entity codes, once', () => {
    expect(escapeText('a=<id>; #1')).toBe('a=#lt;id#gt;#59; #35;1');
  });
});

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('GET /me', 20)).toBe('GET /me');
  });

  it('balances the lines instead of leaving one word behind', () => {
    expect(wrapText('discard any old id, create a new random one', 42)).toBe(
      'discard any old id,<br/>create a new random one',
    );
  });
});
