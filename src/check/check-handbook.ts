import { displayContentRoot, resolveContentRoot, resolveVersionsRoot } from '../content-root.ts';
import { hasErrors, type Problem } from '../errors/problem.ts';
import { checkEditorSchemas } from '../exports/editor-schema-files.ts';
import { readPublishedVersions } from '../versioning/verify-snapshots.ts';
import { checkContent } from './check-content.ts';

/**
 * Everything `npm run check` and the build verify: the working copy, and every published
 * snapshot against its manifest (a published file changed after the fact fails the check).
 */
export function checkHandbook(projectRoot: string, today: string): { problems: Problem[]; ok: boolean } {
  const root = resolveContentRoot(projectRoot);
  const content = checkContent(root, displayContentRoot(root), { today });
  const versionsRoot = resolveVersionsRoot(projectRoot);
  const snapshots = readPublishedVersions(versionsRoot, displayContentRoot(versionsRoot));
  // The editor schemas describe the project's own content/, not a fixture or generated tree.
  const editor = root === resolveContentRoot(projectRoot, {}) ? checkEditorSchemas(projectRoot, content.graph) : [];
  const problems = [...content.problems, ...snapshots.problems, ...editor];
  return { problems, ok: !hasErrors(problems) };
}
