import { describe, expect, it } from 'vitest';
import {
  fillDiagramMarkers,
  listDiagramMarkers,
  renderDiagramBlock,
} from '../src/diagram-markers.ts';
import { toMermaid } from '../src/mermaid.ts';
import { requireFlow } from './helpers/require-flow.ts';

const PAGE = [
  '# Login',
  '',
  '<!-- diagram: session.login -->',
  '<!-- /diagram -->',
  '',
  'After.',
].join('\n');

describe('fillDiagramMarkers', () => {
  it('puts the title, the SVG, the PNG link and the Mermaid source between the markers', () => {
    const filled = fillDiagramMarkers(PAGE, '.');
    expect(filled).toContain(
      '**Diagram: Session login** · [PNG for slides](diagrams/session.login.png)',
    );
    expect(filled).toContain('![Session login](diagrams/session.login.svg)');
    expect(filled).toContain(`\`\`\`mermaid\n${toMermaid(requireFlow('session.login'))}\`\`\``);
    expect(filled.startsWith('# Login\n\n<!-- diagram: session.login -->\n')).toBe(true);
    expect(filled.endsWith('</details>\n<!-- /diagram -->\n\nAfter.')).toBe(true);
  });

  it('fills a marker with vi in Vietnamese, linked to the Vietnamese diagram and slides', () => {
    const filled = fillDiagramMarkers(
      PAGE.replace('session.login -->', 'session.login vi -->'),
      '.',
    );
    expect(filled).toContain('**Sơ đồ: Đăng nhập bằng session** · [Slide](slides/vi/login.md)');
    expect(filled).toContain('![Đăng nhập bằng session](diagrams/vi/session.login.svg)');
    expect(filled).toContain(toMermaid(requireFlow('session.login'), { language: 'vi' }));
  });

  it('changes nothing on a second run', () => {
    const once = fillDiagramMarkers(PAGE, '.');
    expect(fillDiagramMarkers(once, '.')).toBe(once);
  });

  it('links relative to the page: ../diagrams from docs/reference/', () => {
    expect(fillDiagramMarkers(PAGE, '..')).toContain(
      '![Session login](../diagrams/session.login.svg)',
    );
  });

  it('labels a documents-mode flow', () => {
    expect(renderDiagramBlock(requireFlow('jwt.logout-client-only'), '.')[0]).toContain(
      '(documents mode)',
    );
  });

  it('leaves a page without markers untouched', () => {
    expect(fillDiagramMarkers('# Title\n\ntext\n', '.')).toBe('# Title\n\ntext\n');
  });

  it('ignores markers shown inside a code fence', () => {
    const page = '```md\n<!-- diagram: nope -->\n```\n';
    expect(fillDiagramMarkers(page, '.')).toBe(page);
    expect(listDiagramMarkers(page)).toEqual([]);
  });

  it('refuses an unknown flow id', () => {
    expect(() => fillDiagramMarkers('<!-- diagram: jwt.nope -->\n<!-- /diagram -->', '.')).toThrow(
      /unknown flow id "jwt.nope"/,
    );
  });

  it('refuses a marker without its closing line', () => {
    expect(() => fillDiagramMarkers('<!-- diagram: jwt.login -->\ntext\n', '.')).toThrow(
      /has no <!-- \/diagram -->/,
    );
  });
});

describe('listDiagramMarkers', () => {
  it('lists the flow ids a page asks for, in order', () => {
    const page = `${PAGE}\n<!-- diagram: jwt.login -->\n<!-- /diagram -->\n`;
    expect(listDiagramMarkers(fillDiagramMarkers(page, '.'))).toEqual([
      'session.login',
      'jwt.login',
    ]);
  });
});
