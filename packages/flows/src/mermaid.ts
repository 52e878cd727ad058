/**
 * Turns a flow into a Mermaid sequence diagram — the source of every diagram in docs/diagrams/.
 * Pure: the same flow always gives the same text, so a test can tell when a committed diagram
 * has drifted from the data.
 *
 * Teaches (through the diagrams): one numbered arrow per step, in the order the APIs report them;
 * grey notes show what each step changes in which store; orange bands with a "Correction" label
 * show where the source documents get the step wrong. Every text comes in English or Vietnamese.
 * Reference: Mermaid sequence diagram syntax (https://mermaid.js.org/syntax/sequenceDiagram.html).
 */
import { ACTOR_GROUP_LABELS, ACTOR_GROUP_ORDER, ACTOR_ORDER, ACTORS } from './actors.ts';
import type { Language, Localized } from './localized.ts';
import type { ActorId, Flow, Step, StorageChange, StorageEffect } from './types.ts';

export const MERMAID_HEADER = '%% generated from @authlab/flows — do not edit; run pnpm run docs';

/**
 * Layout only, no colours: GitHub renders the fenced copy with its own light or dark theme, and
 * the generator renders the SVG/PNG with the neutral theme on white. A larger box margin keeps
 * self-message labels clear of their step numbers.
 */
const MERMAID_INIT = '%%{init: {"sequence": {"boxMargin": 20}}}%%';

/** A translucent grey reads on light and dark backgrounds alike. */
const PHASE_FILL = 'rgba(128, 128, 128, 0.1)';

/** Orange, translucent: a correction stands out from the grey state notes in light and dark. */
export const CORRECTION_FILL = 'rgba(234, 88, 12, 0.3)';

const MESSAGE_WRAP_CHARS = 42;
const NOTE_WRAP_CHARS = 34;

const LOCATION_LABELS: Readonly<Record<StorageEffect['location'], Localized>> = {
  'server-store': { en: 'session store', vi: 'session store' },
  'cookie-jar': { en: 'cookie jar', vi: 'cookie jar' },
  'local-storage': { en: 'localStorage', vi: 'localStorage' },
  memory: { en: 'memory', vi: 'bộ nhớ' },
  header: { en: 'header', vi: 'header' },
  'users-db': { en: 'users DB', vi: 'users DB' },
  'revocation-store': { en: 'revocation store', vi: 'revocation store' },
};

const CHANGE_LABELS: Readonly<Record<StorageChange, Localized>> = {
  gains: { en: 'gains', vi: 'thêm' },
  changes: { en: 'changes', vi: 'đổi' },
  loses: { en: 'loses', vi: 'mất' },
  reads: { en: 'reads', vi: 'đọc' },
};

export const CORRECTION_LABEL: Localized = { en: 'Correction', vi: 'Đính chính' };

const DOCUMENTS_MODE_LABEL: Localized = {
  en: 'As in the source documents: unsafe, shown to compare',
  vi: 'Như trong tài liệu gốc: không an toàn, chỉ để so sánh',
};

export interface MermaidOptions {
  readonly language?: Language;
  /** Slides wrap narrower than the docs, so that large text still fits 1920 px. */
  readonly messageWrapChars?: number;
  readonly noteWrapChars?: number;
  /** The slides draw the title themselves, above the diagram. */
  readonly withTitle?: boolean;
}

const BROWSER_LOCATIONS: ReadonlySet<StorageEffect['location']> = new Set([
  'cookie-jar',
  'local-storage',
  'memory',
]);

export function toMermaid(flow: Flow, options: MermaidOptions = {}): string {
  const language = options.language ?? 'en';
  const wrap = {
    message: options.messageWrapChars ?? MESSAGE_WRAP_CHARS,
    note: options.noteWrapChars ?? NOTE_WRAP_CHARS,
  };
  const actors = listActors(flow);
  const lines = [MERMAID_HEADER, MERMAID_INIT, 'sequenceDiagram'];
  if (options.withTitle ?? true) lines.push(`  title ${escapeText(flow.title[language])}`);
  lines.push('  autonumber');
  for (const group of ACTOR_GROUP_ORDER) {
    const members = actors.filter((actor) => ACTORS[actor].group === group);
    if (members.length === 0) continue;
    lines.push(`  box ${ACTOR_GROUP_LABELS[group][language]}`);
    for (const actor of members) {
      lines.push(`    participant ${aliasOf(actor)} as ${ACTORS[actor].label[language]}`);
    }
    lines.push('  end');
  }
  if (flow.mode === 'documents') {
    lines.push(`  Note over ${spanOf(actors)}: ${DOCUMENTS_MODE_LABEL[language]}`);
  }
  for (const run of splitIntoPhases(flow.steps)) {
    const indent = run.phase === undefined ? '  ' : '    ';
    if (run.phase !== undefined) {
      lines.push(`  rect ${PHASE_FILL}`);
      lines.push(`    Note over ${spanOf(actors)}: ${escapeText(run.phase[language])}`);
    }
    for (const step of run.steps) lines.push(...stepLines(step, indent, language, wrap));
    if (run.phase !== undefined) lines.push('  end');
  }
  return `${lines.join('\n')}\n`;
}

function stepLines(
  step: Step,
  indent: string,
  language: Language,
  wrap: { readonly message: number; readonly note: number },
): string[] {
  const isResponse = step.to === 'browser' && step.from !== 'browser';
  const arrow = isResponse ? '-->>' : '->>';
  const lines = [
    `${indent}${aliasOf(step.from)}${arrow}${aliasOf(step.to)}: ${wrapText(step.message[language], wrap.message)}`,
  ];
  const notesByActor = new Map<ActorId, string[]>();
  for (const effect of step.effects) {
    if (effect.change === 'reads' || effect.location === 'header') continue;
    const actor = noteActorOf(effect, step);
    const text = `${LOCATION_LABELS[effect.location][language]} ${CHANGE_LABELS[effect.change][language]}: ${effect.what[language]}`;
    notesByActor.set(actor, [...(notesByActor.get(actor) ?? []), text]);
  }
  for (const [actor, texts] of notesByActor) {
    const body = texts.map((text) => wrapText(text, wrap.note)).join('<br/>');
    lines.push(`${indent}Note over ${aliasOf(actor)}: ${body}`);
  }
  if (step.correction !== undefined) {
    const text = `${CORRECTION_LABEL[language]}: ${step.correction[language]}`;
    lines.push(
      `${indent}rect ${CORRECTION_FILL}`,
      `${indent}  Note over ${aliasOf(step.from)}: ${wrapText(text, wrap.note)}`,
      `${indent}end`,
    );
  }
  return lines;
}

/** Browser-side places belong to the browser; server-side ones to the actor the step talks to. */
function noteActorOf(effect: StorageEffect, step: Step): ActorId {
  if (BROWSER_LOCATIONS.has(effect.location)) return 'browser';
  return step.to === 'browser' ? step.from : step.to;
}

interface PhaseRun {
  readonly phase: Localized | undefined;
  readonly steps: Step[];
}

function splitIntoPhases(steps: readonly Step[]): PhaseRun[] {
  const runs: PhaseRun[] = [];
  for (const step of steps) {
    const last = runs.at(-1);
    if (last && last.phase?.en === step.phase?.en) last.steps.push(step);
    else runs.push({ phase: step.phase, steps: [step] });
  }
  return runs;
}

function listActors(flow: Flow): ActorId[] {
  const used = new Set<ActorId>(flow.steps.flatMap((step) => [step.from, step.to]));
  return ACTOR_ORDER.filter((actor) => used.has(actor));
}

function spanOf(actors: readonly ActorId[]): string {
  const first = actors[0] ?? 'browser';
  const last = actors.at(-1) ?? first;
  return first === last ? aliasOf(first) : `${aliasOf(first)},${aliasOf(last)}`;
}

/** `session-api` → `sessionApi`: Mermaid would read the hyphen as part of an arrow. */
export function aliasOf(actor: ActorId): string {
  return actor.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Mermaid treats `;` as a statement end, `#` as the start of an entity, and `<…>` as HTML, so
 * they are written as Mermaid entity codes.
 */
export function escapeText(text: string): string {
  return text.replace(/[#;<>]/g, (character) => MERMAID_ENTITIES[character] ?? character);
}

const MERMAID_ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  ';': '#59;',
  '<': '#lt;',
  '>': '#gt;',
};

/**
 * Word wrap with `<br/>`, so that long messages do not push the participants apart. Lines are
 * balanced (no single word left on the last line) by wrapping at the narrowest width that still
 * needs no more lines than wrapping at `maxChars`.
 */
export function wrapText(text: string, maxChars: number): string {
  const fewestLines = wrapWords(text, maxChars).length;
  let width = Math.ceil(text.length / fewestLines);
  let lines = wrapWords(text, width);
  while (lines.length > fewestLines) {
    width += 1;
    lines = wrapWords(text, width);
  }
  return lines.map(escapeText).join('<br/>');
}

function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines;
}
