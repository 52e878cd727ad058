/**
 * No measured figure is typed by hand in any page: outside the generated blocks, `docs/**\/*.md`
 * must not hold a number with a unit of measured cost (µs, ms, req/s, logins/s, bytes, KB, MiB…)
 * nor a worded one ("tens of microseconds", "orders of magnitude", "vài chục micro giây"). Time
 * units of CONFIGURATION (token lifetimes such as "15 min", idle timeouts) are not looked for:
 * they are settings, not measurements; seconds with a fraction ("took 1.6 s") are. The allowlist names the few non-measurements that do use a
 * cost unit, each with its reason; keep it small.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripBlocks } from '../src/doc-blocks.ts';
import { DOCS_DIR } from '../src/paths.ts';
import { listMarkdownPages } from '../src/render-docs.ts';

const NUMBER = String.raw`\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?`;
const UNIT = `(?:µs|μs|ms|microseconds?|milliseconds?|req/s|requests?/s|logins?/s|bytes?|[KMG]i?B|micro giây|mili giây)`;
/** Seconds with a fraction are measured (start-up took 1.6 s); whole ones are usually settings. */
const MEASURED_SECONDS = String.raw`\d+\.\d+\s*(?:s|seconds?|giây)(?![\w/])`;
const MEASURED = new RegExp(
  String.raw`${NUMBER}\s*${UNIT}(?![\w/])|${MEASURED_SECONDS}|(?:tens|hundreds|dozens) of (?:micro|milli)seconds|vài (?:chục|trăm) (?:micro|mili)|orders? of magnitude|bậc độ lớn`,
  'giu',
);

/** Figures with a cost unit that are not measurements of this project. */
const ALLOWED: Readonly<Record<string, string>> = {
  '10–50 ms': "the source documents' claim for sessions, quoted to be refuted",
  '1–5 ms': "the source documents' claim for JWTs, quoted to be refuted",
  '10-50 ms': 'the same claim, as the documents write it',
  '1-5 ms': 'the same claim, as the documents write it',
  '10-50ms': 'the same claim, quoted as written in the source document',
  '1-5ms': 'the same claim, quoted as written in the source document',
  '16 KiB': 'the JSON body limit: a configuration value',
  '32 MiB': "scrypt's memory cost: a parameter of the KDF",
  '64 bytes': 'the size of an ES256 signature (RFC 7518 §3.4): a fact of the algorithm',
  '32 bytes': 'the size of an HS256 key or signature (RFC 7518 §3.2): a fact of the algorithm',
};

function findHandTypedFigures(path: string): string[] {
  const text = stripBlocks(readFileSync(path, 'utf8'));
  return [...text.matchAll(MEASURED)]
    .map((match) => match[0])
    .filter((figure) => !(figure in ALLOWED))
    .map((figure) => `${relative(DOCS_DIR, path)}: "${figure}"`);
}

describe('docs hold no hand-typed measurements', () => {
  it.each(listMarkdownPages().map((path) => [relative(DOCS_DIR, path), path]))(
    '%s',
    (_name, path) => {
      expect(findHandTypedFigures(path)).toEqual([]);
    },
  );

  it('recognises a hand-typed figure (the check can fail)', () => {
    const sample =
      'costs 52 µs, about 400 bytes, tens of microseconds, 35,330 req/s, starts in 1.6 s, lives 900 s';
    expect(sample.match(MEASURED)).toEqual([
      '52 µs',
      '400 bytes',
      'tens of microseconds',
      '35,330 req/s',
      '1.6 s',
    ]);
  });
});
