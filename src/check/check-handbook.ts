import { displayContentRoot, resolveContentRoot, resolveVersionsRoot } from '../content-root.ts';
import { hasErrors, type Problem } from '../errors/problem.ts';
import { checkEditorSchemas } from '../exports/editor-schema-files.ts';
import { verifyPublishedVersions } from '../versioning/published-versions.ts';
import { checkContent } from './check-content.ts';

/**
 * Everything `npm run check` and the build verify: the working copy, and every published
 * snapshot against its manifest and the commit that released it (a published file changed after
 * the fact fails the check). Each snapshot's content is checked too, because it is rendered with
 * today's code; only its errors count, since the warnings of a frozen version cannot be acted on.
 */
export function checkHandbook(projectRoot: string, today: string): { problems: Problem[]; ok: boolean } {
  const root = resolveContentRoot(projectRoot);
  const content = checkContent(root, displayContentRoot(root), { today });
  const versionsRoot = resolveVersionsRoot(projectRoot);
  const snapshots = verifyPublishedVersions(versionsRoot, displayContentRoot(versionsRoot));
  const frozen = snapshots.versions.flatMap((item) => checkContent(item.contentRoot, displayContentRoot(item.contentRoot)).problems.filter((problem) => problem.severity === 'error'));
  // The editor schemas describe the project's own content/, not a fixture or generated tree.
  const editor = root === resolveContentRoot(projectRoot, {}) ? checkEditorSchemas(projectRoot, content.graph) : [];
  const problems = [...content.problems, ...snapshots.problems, ...frozen, ...editor];
  return { problems, ok: !hasErrors(problems) };
}
