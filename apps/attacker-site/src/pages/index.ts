/**
 * GET /: the attacker site's home, linking every attack page. An attack page adds itself to
 * ATTACK_PAGES (app.ts) and gets a line here.
 *
 * Teaches: nothing by itself; it is the map of the attacker's side.
 *
 * Flow step ids: none (markup).
 * Reference: docs/attacks.md.
 */
import Router from '@koa/router';
import { escapeHtml, renderPage } from '../page.ts';

export interface PageLink {
  readonly path: string;
  readonly title: string;
}

export function createIndexRouter(pages: readonly PageLink[]): Router {
  const router = new Router();
  router.get('/', (ctx) => {
    const items = pages
      .map((page) => `<li><a href="${escapeHtml(page.path)}">${escapeHtml(page.title)}</a></li>`)
      .join('\n');
    ctx.type = 'html';
    ctx.body = renderPage({
      title: 'Attack pages',
      body: `<p>Each page attacks the web app from this other site. Open them from the web app's Attacks area (#attacks), which shows what the servers did.</p>\n<ul>\n${items}\n</ul>\n<p><a href="/loot">What the collector holds (GET /loot)</a></p>`,
    });
  });
  return router;
}
