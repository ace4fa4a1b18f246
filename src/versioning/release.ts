import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../check/check-content.ts';
import { createProblem, hasErrors, type Problem } from '../errors/problem.ts';
import type { Document } from '../model/document.ts';
import { createManifest, type Manifest } from './manifest.ts';
import { hashFolder } from './snapshot-files.ts';
import { readPublishedVersions } from './verify-snapshots.ts';

export interface ReleaseRequest {
  /** The working copy to freeze, e.g. content/. */
  contentRoot: string;
  /** How the content root is named in messages. */
  shownContentRoot: string;
  /** Where snapshots live, e.g. versions/. */
  versionsRoot: string;
  version: number;
  directive: { date: string; number: string };
  author: string;
  notes: string[];
  /** Today, YYYY-MM-DD: the release day, and the day reviews are judged against. */
  today: string;
  /** Called once the snapshot is complete but not yet in place: lets a test interrupt a release there. */
  beforePublish?: (() => void) | undefined;
}

export type ReleaseResult = { ok: true; manifest: Manifest; dir: string } | { ok: false; problems: Problem[] };

function refused(message: string, hint: string, file = 'versions'): ReleaseResult {
  return { ok: false, problems: [createProblem('ReleaseRefused', { file, message, hint })] };
}

/**
 * Publishes the working copy as a frozen version: checks everything first, refuses a version
 * number that is not new, writes the snapshot into a hidden folder, and renames it into place
 * only when it is complete, so an interrupted release leaves no half-written version.
 */
export function releaseVersion(request: ReleaseRequest): ReleaseResult {
  const { contentRoot, shownContentRoot, versionsRoot, version, directive } = request;

  // 1. The snapshots already published must be intact, and the number must be new and higher.
  const published = readPublishedVersions(versionsRoot);
  if (hasErrors(published.problems)) return { ok: false, problems: published.problems };
  const latest = published.versions.at(-1)?.version;
  if (published.versions.some((item) => item.version === version)) {
    return refused(`Version ${version} is already published; a published version is never changed.`, `Publish the next version instead: --version ${(latest ?? version) + 1}.`);
  }
  if (latest !== undefined && version < latest) {
    return refused(`Version ${version} is lower than the latest published version ${latest}.`, `Publish the next version instead: --version ${latest + 1}.`);
  }

  // 2. The content must pass every check.
  const check = checkContent(contentRoot, shownContentRoot, { today: request.today });
  if (!check.ok) return { ok: false, problems: check.problems.filter((problem) => problem.severity === 'error') };

  // 3. The document the site shows must say this version and this directive.
  const documents = check.entries.filter((entry) => entry.collection === 'documents');
  const mismatches = documents.flatMap((entry) => {
    const document = entry.data as Document;
    const problems: Problem[] = [];
    if (document.version !== version) {
      problems.push(createProblem('ReleaseRefused', { file: entry.file, line: entry.locate?.(['version']), field: 'version', message: `\`version\` is ${document.version}, but the release is version ${version}.`, hint: `Set \`version: ${version}\` so the published pages name the version they belong to.` }));
    }
    if (document.approval.date !== directive.date || document.approval.number !== directive.number) {
      problems.push(createProblem('ReleaseRefused', { file: entry.file, line: entry.locate?.(['approval']), field: 'approval', message: `\`approval\` is ${JSON.stringify(document.approval)}, but the release is approved by the directive of ${directive.date} nr ${directive.number}.`, hint: `Set \`approval: { date: ${directive.date}, number: "${directive.number}" }\`.` }));
    }
    return problems;
  });
  if (mismatches.length > 0) return { ok: false, problems: mismatches };

  // 4. Freeze: copy and hash into a hidden folder, then rename it into place in one step.
  mkdirSync(versionsRoot, { recursive: true });
  const pending = join(versionsRoot, `.release-${version}-${process.pid}`);
  const target = join(versionsRoot, String(version));
  try {
    cpSync(contentRoot, join(pending, 'content'), { recursive: true });
    const frozen = hashFolder(join(pending, 'content'));
    // The check refuses these already; the copy is what is published, so it is judged too.
    if (frozen.irregular.length > 0) {
      return { ok: false, problems: frozen.irregular.map((path) => createProblem('NotARegularFile', { file: `${shownContentRoot}/${path}`, message: `„${path}“ ei ole tavaline fail, nii et seda ei saa avaldatud versiooni külmutada.`, hint: 'Asenda see faili enda sisuga ja avalda uuesti.' })) };
    }
    const manifest = createManifest({ version, directive, author: request.author, notes: request.notes, releasedOn: request.today, files: frozen.hashes });
    writeFileSync(join(pending, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    request.beforePublish?.();
    if (existsSync(target)) throw new Error(`${target} appeared while the release was running.`);
    renameSync(pending, target);
    return { ok: true, manifest, dir: target };
  } finally {
    rmSync(pending, { recursive: true, force: true });
  }
}
