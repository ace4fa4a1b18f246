import { join } from 'node:path';
import { checkContent, type CheckResult } from '../check/check-content.ts';
import { hasErrors, type Problem } from '../errors/problem.ts';
import { displayContentRoot } from '../loading/content-root.ts';
import { verifyPublishedVersions, type VerifiedVersions } from '../versioning/published-versions.ts';
import { codeHash } from './code-hash.ts';
import { frozenErrors } from './frozen-checks.ts';

export interface HandbookCheckOptions {
  projectRoot: string;
  /** The content tree checked in full, absolute. */
  contentRoot: string;
  versionsRoot: string;
  today: string;
  /** The published versions, when the caller has verified them already. */
  verified?: VerifiedVersions | undefined;
  /** Whether a large tree is read on two threads (see CheckOptions); by default it is. */
  parallel?: boolean | undefined;
}

export interface HandbookCheck {
  problems: Problem[];
  ok: boolean;
  /** The check of the content tree alone, and how it named the root: what the build's snapshot is made of. */
  content: CheckResult;
  displayRoot: string;
}

/**
 * Everything `npm run check` and the build verify: the working copy, and every published
 * snapshot against its manifest and the commit that released it (a published file changed after
 * the fact fails the check). Each snapshot's content is checked too, because it is rendered with
 * today's code; only its errors count, since the warnings of a frozen version cannot be acted on.
 * Those errors are kept per snapshot and code (frozen-checks.ts) once every snapshot is verified.
 * It lives with the build, above the checker (src/check/ judges one content tree) and the
 * published versions, because it puts the two together with the code hash.
 */
export async function checkHandbook({ projectRoot, contentRoot, versionsRoot, today, verified, parallel }: HandbookCheckOptions): Promise<HandbookCheck> {
  const displayRoot = displayContentRoot(contentRoot);
  const content = checkContent(contentRoot, displayRoot, { today, parallel });
  const snapshots = verified ?? verifyPublishedVersions(versionsRoot, displayContentRoot(versionsRoot));
  const code = hasErrors(snapshots.problems) ? undefined : codeHash(projectRoot);
  const cache = join(projectRoot, 'node_modules', '.cache', 'vajs', 'checked-versions');
  const frozen = snapshots.versions.flatMap((item) => {
    const shown = displayContentRoot(item.contentRoot);
    return frozenErrors(cache, code?.ok ? code.hash : undefined, item, shown, () => checkContent(item.contentRoot, shown, { parallel }).problems.filter((problem) => problem.severity === 'error'));
  });
  // The editor schemas describe the project's own content/, not a fixture or generated tree
  // (whose check need not load the JSON Schema generator at all).
  const editor = contentRoot === join(projectRoot, 'content') ? (await import('../exports/editor-schema-files.ts')).checkEditorSchemas(projectRoot, content.graph) : [];
  const problems = [...content.problems, ...snapshots.problems, ...frozen, ...editor];
  return { problems, ok: !hasErrors(problems), content, displayRoot };
}
