import { describe, expect, it } from 'vitest';
import { listBlockNames, renderBlocks, stripBlocks } from '../src/doc-blocks.ts';

const render = (name: string) => (name === 'table' ? '| a |\n| --- |' : `${name}!`);

describe('renderBlocks', () => {
  it('fills an inline block inline, so a sentence stays one line', () => {
    const page = 'costs <!-- bench:x -->old<!-- /bench --> per request';
    expect(renderBlocks(page, render)).toBe('costs <!-- bench:x -->x!<!-- /bench --> per request');
  });

  it('puts a multi-line figure on its own lines', () => {
    const page = '<!-- bench:table -->\nold\n<!-- /bench -->';
    expect(renderBlocks(page, render)).toBe(
      '<!-- bench:table -->\n| a |\n| --- |\n<!-- /bench -->',
    );
  });

  it('refuses a block that is never closed', () => {
    expect(() => renderBlocks('<!-- bench:x -->old', render, 'page.md')).toThrow(/page.md/);
  });

  it('passes an unknown name to the renderer, which refuses it', () => {
    const refuse = (name: string): string => {
      throw new Error(`unknown ${name}`);
    };
    expect(() => renderBlocks('<!-- bench:nope -->x<!-- /bench -->', refuse)).toThrow(/nope/);
  });
});

describe('stripBlocks and listBlockNames', () => {
  const page = 'a <!-- bench:x -->1 µs<!-- /bench --> b <!-- bench:y -->\n2 ms\n<!-- /bench --> c';

  it('removes every block with its content', () => {
    expect(stripBlocks(page)).toBe('a  b  c');
  });

  it('lists the blocks in page order', () => {
    expect(listBlockNames(page)).toEqual(['x', 'y']);
  });
});
