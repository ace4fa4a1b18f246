import type { AstroIntegrationHooks } from './hook-types.ts';
import type { SiteOptions } from '../build/site-options.ts';
import { checkContent, type CheckResult } from '../check/check-content.ts';
import { problemsOfPage } from '../health/page-problems.ts';

/** The check of the content a request in the dev server is answered from. */
export type LatestCheck = () => Promise<Pick<CheckResult, 'entries' | 'problems'>>;

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

/**
 * Each request is answered from the dev server's latest check of the content (`latest`, kept in
 * step with the edits by the integration); without one, the content is checked for the request.
 */
export function serveDevProblems(toolbar: AstroIntegrationHooks['toolbar'], options: Pick<SiteOptions, 'contentRoot' | 'today'>, latest?: LatestCheck): void {
  const checked: LatestCheck = latest ?? (async () => checkContent(options.contentRoot, 'content', { today: options.today }));
  toolbar.on<{ path: string }>(PAGE_PROBLEMS_REQUEST, async ({ path }) => {
    const result = await checked();
    toolbar.send(PAGE_PROBLEMS, { path, problems: problemsOfPage(path, result.entries, result.problems) });
  });
}
