/**
 * Fills the diagram markers of the docs pages. A page asks for a flow's diagram with
 *
 *   <!-- diagram: session.login -->
 *   <!-- /diagram -->
 *
 * and the generator replaces what is between the two lines with a title, the rendered SVG, a link
 * to the PNG for slides, and the Mermaid source (which GitHub renders by itself). Pure, so the
 * drift test can check that every committed page equals what the generator would write.
 */
import { getFlow } from './catalog.ts';
import { toMermaid } from './mermaid.ts';
import type { Flow } from './types.ts';

const OPEN_MARKER = /^<!-- diagram: ([a-z0-9.-]+) -->$/;
const CLOSE_MARKER = '<!-- /diagram -->';
const FENCE = /^(```|~~~)/;

/** The lines between the markers for one flow; `pathToDocsRoot` is e.g. `.` or `..`. */
export function renderDiagramBlock(flow: Flow, pathToDocsRoot: string): string[] {
  const diagrams = pathToDocsRoot === '.' ? 'diagrams' : `${pathToDocsRoot}/diagrams`;
  const label = flow.mode === 'documents' ? `${flow.title.en} (documents mode)` : flow.title.en;
  return [
    `**Diagram: ${label}** · [PNG for slides](${diagrams}/${flow.id}.png)`,
    '',
    `![${label}](${diagrams}/${flow.id}.svg)`,
    '',
    '<details><summary>Mermaid source (GitHub renders it)</summary>',
    '',
    '```mermaid',
    ...toMermaid(flow).trimEnd().split('\n'),
    '```',
    '',
    '</details>',
  ];
}

/** Returns the page with every marker block filled; throws on an unknown flow or a broken block. */
export function fillDiagramMarkers(markdown: string, pathToDocsRoot: string): string {
  const lines = markdown.split('\n');
  const output: string[] = [];
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    output.push(line);
    const fenceMatch = FENCE.exec(line.trim());
    if (fenceMatch?.[1] !== undefined) {
      if (fence === null) fence = fenceMatch[1];
      else if (line.trim() === fence) fence = null;
      continue;
    }
    const flowId = fence === null ? OPEN_MARKER.exec(line.trim())?.[1] : undefined;
    if (flowId === undefined) continue;
    const flow = getFlow(flowId);
    if (flow === null)
      throw new Error(`line ${index + 1}: unknown flow id "${flowId}" in a diagram marker`);
    const close = lines.findIndex(
      (candidate, at) => at > index && candidate.trim() === CLOSE_MARKER,
    );
    const nextOpen = lines.findIndex(
      (candidate, at) => at > index && OPEN_MARKER.test(candidate.trim()),
    );
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      throw new Error(`line ${index + 1}: diagram marker for "${flowId}" has no ${CLOSE_MARKER}`);
    }
    output.push(...renderDiagramBlock(flow, pathToDocsRoot), CLOSE_MARKER);
    index = close;
  }
  return output.join('\n');
}

/** The flow ids a page asks for, in order (markers inside code fences do not count). */
export function listDiagramMarkers(markdown: string): string[] {
  const ids: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim();
    const fenceMatch = FENCE.exec(trimmed);
    if (fenceMatch?.[1] !== undefined) {
      if (fence === null) fence = fenceMatch[1];
      else if (trimmed === fence) fence = null;
      continue;
    }
    const flowId = fence === null ? OPEN_MARKER.exec(trimmed)?.[1] : undefined;
    if (flowId !== undefined) ids.push(flowId);
  }
  return ids;
}
