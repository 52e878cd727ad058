/**
 * Generated blocks: the only place a measured figure may appear in `docs/**\/*.md`.
 *
 *   … costs <!-- bench:session-overhead -->52 µs<!-- /bench --> of CPU …      (inline)
 *   <!-- bench:cpu-table -->                                                   (block)
 *   | … the table … |
 *   <!-- /bench -->
 *
 * `renderBlocks` replaces what lies between the markers with the named figure rendered from the
 * results file (doc-figures.ts); a figure with line breaks is written on its own lines, a one-line
 * figure inline, so a sentence stays one sentence. `stripBlocks` removes them, which is what the
 * hand-typed-numbers test reads. An unknown name or an unclosed block is an error, not a silent
 * skip: a typo must not leave an old number in a page.
 */

const BLOCK_PATTERN = /<!-- bench:([a-z0-9-]+) -->([\s\S]*?)<!-- \/bench -->/g;
const OPENING_PATTERN = /<!-- bench:([a-z0-9-]+) -->/g;

export function listBlockNames(document: string): string[] {
  return [...document.matchAll(BLOCK_PATTERN)].map((match) => match[1] as string);
}

function assertBalanced(document: string, where: string): void {
  const openings = [...document.matchAll(OPENING_PATTERN)].length;
  const blocks = listBlockNames(document).length;
  if (openings !== blocks)
    throw new Error(`${where}: a <!-- bench:… --> block is not closed by <!-- /bench -->`);
}

export function renderBlocks(
  document: string,
  render: (name: string) => string,
  where = 'document',
): string {
  assertBalanced(document, where);
  return document.replace(BLOCK_PATTERN, (_block, name: string) => {
    const content = render(name);
    const body = content.includes('\n') ? `\n${content}\n` : content;
    return `<!-- bench:${name} -->${body}<!-- /bench -->`;
  });
}

export function stripBlocks(document: string): string {
  return document.replace(BLOCK_PATTERN, '');
}
