/**
 * Every text a learner reads, in English and Vietnamese. A text is a `Localized` pair, so a flow
 * that lacks its Vietnamese fails the typecheck instead of showing English in the VI mode.
 *
 * Teaches nothing about authentication; it keeps the two languages side by side in the data, so a
 * translator edits one place and the web app, the diagrams and the slides all follow.
 * Vietnamese keeps the English technical terms Vietnamese developers use (token, session, cookie,
 * refresh token, header, store) and translates the rest.
 */
export type Language = 'en' | 'vi';

export const LANGUAGES: readonly Language[] = ['en', 'vi'];

export interface Localized {
  readonly en: string;
  readonly vi: string;
}

/** For text that reads the same in both languages: HTTP lines, code, names. */
export function keepVerbatim(text: string): Localized {
  return { en: text, vi: text };
}
