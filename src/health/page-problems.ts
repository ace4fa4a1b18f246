import type { Problem } from '../errors/problem.ts';
import type { ValidEntry } from '../check/validate-shape.ts';
import { entryUrl } from '../site/urls.ts';

/** A content problem as the page of its entry shows it while the author edits. */
export interface PageProblem {
  severity: Problem['severity'];
  code: Problem['code'];
  file: string;
  line?: number | undefined;
  message: string;
  hint?: string | undefined;
}

/**
 * The problems of the entry a page shows: `pathname` is the page's address ("/protsessid/p15/"),
 * the problems are the checker's, matched to the entry by its file. Errors first.
 */
export function problemsOfPage(pathname: string, entries: readonly Pick<ValidEntry, 'collection' | 'id' | 'file'>[], problems: readonly Problem[]): PageProblem[] {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const entry = entries.find((candidate) => entryUrl(candidate.collection, candidate.id) === path);
  if (!entry) return [];
  return problems
    .filter((problem) => problem.file === entry.file)
    .sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1))
    .map(({ severity, code, file, line, message, hint }) => ({ severity, code, file, line, message, hint }));
}
