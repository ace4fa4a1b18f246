import type { AstroIntegrationHooks } from './hook-types.ts';
import type { SiteOptions } from '../build/site-options.ts';
import { checkContent } from '../check/check-content.ts';
import { problemsOfPage } from '../health/page-problems.ts';

/** The events between the dev toolbar app (src/client/dev-problems-app.ts) and the dev server. */
export const PAGE_PROBLEMS_REQUEST = 'vajs:page-problems:request';
export const PAGE_PROBLEMS = 'vajs:page-problems';

/**
 * In `npm run dev`, a dev toolbar app that shows the content problems of the entry on screen,
 * with the file and line: the author sees a mistake on the page being edited, not only in the
 * terminal.
 */
export function addDevProblemsApp(addDevToolbarApp: AstroIntegrationHooks['addDevToolbarApp']): void {
  addDevToolbarApp({
    id: 'vajs-sisu',
    name: 'Sisu probleemid',
    icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M12 3 2 21h20L12 3z"/><path d="M12 10v5M12 18h.01"/></svg>',
    entrypoint: new URL('../client/dev-problems-app.ts', import.meta.url),
  });
}

/** The content is checked afresh on each request, so an edit shows at the next reload. */
export function serveDevProblems(toolbar: AstroIntegrationHooks['toolbar'], options: Pick<SiteOptions, 'contentRoot' | 'today'>): void {
  toolbar.on<{ path: string }>(PAGE_PROBLEMS_REQUEST, ({ path }) => {
    const result = checkContent(options.contentRoot, 'content', { today: options.today });
    toolbar.send(PAGE_PROBLEMS, { path, problems: problemsOfPage(path, result.entries, result.problems) });
  });
}
