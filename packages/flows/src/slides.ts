/**
 * Slides from the flows: each flow cut into parts a projector can show at 1920×1080 with text of
 * at least 24 px, at most 8 steps a part, each part a Mermaid sequence diagram whose steps keep
 * their numbers from the whole flow. One deck per topic (a section of document 004) and language.
 * Pure, so the drift test can check the committed sources without a browser.
 *
 * Teaches (through the slides): the same flows as the docs, one readable screen at a time; long
 * flows say "continued", and the grey state notes and orange corrections keep their meaning.
 * Reference: Mermaid sequence diagram syntax (autonumber with a start value).
 */
import { FLOWS, SECTIONS, type SectionInfo } from './catalog.ts';
import type { Language, Localized } from './localized.ts';
import { toMermaid, wrapText } from './mermaid.ts';
import type { Flow, Step } from './types.ts';

export const SLIDE_MAX_STEPS = 8;
export const SLIDE_FONT_SIZE_PX = 26;
/** Narrower than the docs' wrapping, so that six participants still fit 1920 px at 26 px. */
const SLIDE_MESSAGE_WRAP_CHARS = 30;
const SLIDE_NOTE_WRAP_CHARS = 26;

/**
 * A part's height in pixels at 26 px text is estimated from its texts, with weights fitted
 * (least squares) to 119 rendered parts: within about 80 px of Mermaid's layout. The budget keeps
 * the real height under what the slide can show at 24 px or more.
 */
const PART_HEIGHT_BUDGET_PX = 920;
const HEIGHT_WEIGHTS_PX = {
  base: 165,
  step: 46,
  messageLine: 30,
  selfMessage: 41,
  note: 51,
  noteLine: 25,
  phase: 134,
  correction: 240,
} as const;
const BROWSER_LOCATIONS = new Set(['cookie-jar', 'local-storage', 'memory']);

export interface SlidePart {
  readonly flow: Flow;
  /** 1-based. */
  readonly part: number;
  readonly parts: number;
  /** The number of the part's first step in the whole flow (1-based). */
  readonly firstStepNumber: number;
  readonly steps: readonly Step[];
}

export interface Deck {
  readonly section: SectionInfo;
  readonly language: Language;
  readonly parts: readonly SlidePart[];
}

const LABELS = {
  part: { en: 'part', vi: 'phần' },
  continued: { en: '(continued)', vi: '(tiếp)' },
  continues: { en: 'continues on the next slide', vi: 'còn tiếp ở slide sau' },
  notes: { en: 'Speaker notes', vi: 'Ghi chú cho người trình bày' },
  correction: { en: 'Correction of the documents', vi: 'Đính chính tài liệu' },
  deck: { en: 'Slides', vi: 'Slide' },
  documentsMode: { en: 'documents mode', vi: 'chế độ tài liệu' },
} as const satisfies Record<string, Localized>;

function countLines(text: string, wrapChars: number): number {
  return wrapText(text, wrapChars).split('<br/>').length;
}

function estimateStepHeight(step: Step, language: Language): number {
  const w = HEIGHT_WEIGHTS_PX;
  let height =
    w.step + w.messageLine * countLines(step.message[language], SLIDE_MESSAGE_WRAP_CHARS);
  if (step.from === step.to) height += w.selfMessage;
  const noteLines = new Map<boolean, number>();
  for (const effect of step.effects) {
    if (effect.change === 'reads' || effect.location === 'header') continue;
    const text = `${effect.location} ${effect.change}: ${effect.what[language]}`;
    const onBrowser = BROWSER_LOCATIONS.has(effect.location);
    noteLines.set(
      onBrowser,
      (noteLines.get(onBrowser) ?? 0) + countLines(text, SLIDE_NOTE_WRAP_CHARS),
    );
  }
  for (const lines of noteLines.values()) height += w.note + w.noteLine * lines;
  if (step.correction !== undefined) height += w.correction;
  return height;
}

/** The taller of the two languages, so the EN and VI decks cut a flow at the same steps. */
function estimatePartHeight(steps: readonly Step[]): number {
  const heights = (['en', 'vi'] as const).map((language) => {
    let phase: string | undefined;
    return steps.reduce<number>((sum, step) => {
      const startsPhase = step.phase !== undefined && step.phase.en !== phase;
      phase = step.phase?.en;
      return sum + estimateStepHeight(step, language) + (startsPhase ? HEIGHT_WEIGHTS_PX.phase : 0);
    }, HEIGHT_WEIGHTS_PX.base);
  });
  return Math.max(...heights);
}

/** Cuts a flow into parts of at most 8 steps that fit the height budget, in order. */
export function splitFlowIntoParts(flow: Flow): SlidePart[] {
  const groups: Step[][] = [];
  for (const step of flow.steps) {
    const current = groups.at(-1);
    const fits =
      current !== undefined &&
      current.length < SLIDE_MAX_STEPS &&
      estimatePartHeight([...current, step]) <= PART_HEIGHT_BUDGET_PX;
    if (fits) current.push(step);
    else groups.push([step]);
  }
  let first = 1;
  return groups.map((steps, index) => {
    const part = { flow, part: index + 1, parts: groups.length, firstStepNumber: first, steps };
    first += steps.length;
    return part;
  });
}

export function toSlideMermaid(part: SlidePart, language: Language): string {
  return toMermaid(
    { ...part.flow, steps: part.steps },
    {
      language,
      messageWrapChars: SLIDE_MESSAGE_WRAP_CHARS,
      noteWrapChars: SLIDE_NOTE_WRAP_CHARS,
      withTitle: false,
      firstStepNumber: part.firstStepNumber,
    },
  );
}

/** `jwt.refresh.2`: the file name of a part, without extension. */
export function slideStem(part: SlidePart): string {
  return `${part.flow.id}.${part.part}`;
}

/** The heading of a slide: the flow's title, which part, and "(continued)" after the first. */
export function slideHeading(part: SlidePart, language: Language): string {
  const mode = part.flow.mode === 'documents' ? ` [${LABELS.documentsMode[language]}]` : '';
  if (part.parts === 1) return `${part.flow.title[language]}${mode}`;
  const continued = part.part > 1 ? ` ${LABELS.continued[language]}` : '';
  return `${part.flow.title[language]}${mode} — ${LABELS.part[language]} ${part.part}/${part.parts}${continued}`;
}

/** The line under the diagram when the flow goes on: "continues on the next slide". */
export function slideFooter(part: SlidePart, language: Language): string | null {
  return part.part < part.parts ? `${LABELS.continues[language]} →` : null;
}

export function listDecks(language: Language): Deck[] {
  return SECTIONS.map((section) => ({
    section,
    language,
    parts: FLOWS.filter((flow) => flow.section === section.id).flatMap(splitFlowIntoParts),
  }));
}

/** Speaker notes for one slide: the summary on a flow's first part, then every step's why. */
export function listSpeakerNotes(part: SlidePart, language: Language): string[] {
  const notes = part.part === 1 ? [part.flow.summary[language]] : [];
  part.steps.forEach((step, index) => {
    const number = part.firstStepNumber + index;
    notes.push(`**${number}. ${step.message[language]}** — ${step.explanation[language]}`);
    if (step.correction !== undefined) {
      notes.push(`*${LABELS.correction[language]}:* ${step.correction[language]}`);
    }
  });
  return notes;
}

/** `<` and `>` would be read as HTML by Markdown renderers and vanish (`Bearer <token>`). */
function escapeMarkdownHtml(text: string): string {
  return text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The deck's Markdown: the index of its slides and their speaker notes (docs/slides/<lang>/). */
export function renderDeckMarkdown(deck: Deck): string {
  const { language, section } = deck;
  const lines = [
    '<!-- generated from @authlab/flows — do not edit; run pnpm run docs -->',
    `# ${LABELS.deck[language]}: ${section.title[language]}`,
    '',
    `PDF: [${section.id}.pdf](${section.id}.pdf) · PNG 1920×1080: \`${section.id}/\``,
    '',
  ];
  deck.parts.forEach((part, index) => {
    const heading = escapeMarkdownHtml(slideHeading(part, language));
    lines.push(`## ${index + 1}. ${heading}`, '');
    lines.push(`![${heading}](${section.id}/${slideStem(part)}.png)`, '');
    lines.push(`${LABELS.notes[language]}:`, '');
    for (const note of listSpeakerNotes(part, language))
      lines.push(`- ${escapeMarkdownHtml(note)}`);
    lines.push('');
  });
  return lines.join('\n');
}

/** docs/slides/README.md: every deck in both languages, and how the slides are made. */
export function renderSlidesIndex(): string {
  const lines = [
    '<!-- generated from @authlab/flows — do not edit; run pnpm run docs -->',
    '# Slides / Slide',
    '',
    'Generated from the flows in `@authlab/flows` by `pnpm run docs`: 1920×1080 PNGs (text at least',
    `24 px at 1080p, at most ${SLIDE_MAX_STEPS} steps a slide; a long flow continues over several slides), one PDF`,
    "per topic, and speaker notes (the steps' explanations) in each deck page. Install Debian's",
    '`pngquant` before regenerating: it shrinks the PNGs to a third.',
    'Grey notes show what a step changes; orange notes are corrections of the source documents.',
    '',
    '| topic | English | Tiếng Việt |',
    '| --- | --- | --- |',
  ];
  for (const [index, section] of SECTIONS.entries()) {
    const [en, vi] = (['en', 'vi'] as const).map((language) => {
      const deck = listDecks(language)[index];
      const count = deck?.parts.length ?? 0;
      return `[${section.title[language]}](${language}/${section.id}.md) · [PDF](${language}/${section.id}.pdf) · ${count} slides`;
    });
    lines.push(`| ${section.id} | ${en} | ${vi} |`);
  }
  lines.push('');
  return lines.join('\n');
}
