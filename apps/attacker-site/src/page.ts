/**
 * The HTML frame every attack page shares: a red banner that says what this site is, the page's
 * own markup, and its script. Plain HTML and inline scripts, no build step: the attack must be
 * readable in "view source".
 *
 * Teaches: an attack page is an ordinary web page on another site; nothing about it is special.
 *
 * Flow step ids: none (markup).
 * Reference: OWASP CSRF Prevention Cheat Sheet, "Examples" (the forms and scripts such pages use).
 */

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export interface AttackPage {
  readonly title: string;
  /** Trusted markup written by this site (escape every value with `escapeHtml`). */
  readonly body: string;
  /** Inline script, run after the body is parsed. */
  readonly script?: string;
}

export function renderPage(page: AttackPage): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(page.title)} · attacker site (authlab lab)</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; }
.banner { background: #a4161a; color: #fff; padding: .75rem 1rem; font-weight: 600; }
main { padding: 1rem; max-width: 60rem; }
pre { background: #f2f2f2; padding: .5rem; overflow: auto; }
iframe { width: 100%; height: 6rem; border: 1px dashed #999; }
</style>
</head>
<body>
<div class="banner">ATTACKER SITE — a different site from the web app, for the authlab attack lab</div>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.body}
</main>
${page.script === undefined ? '' : `<script>\n${page.script}\n</script>`}
</body>
</html>
`;
}
