import { join } from 'node:path';
import { hasErrors, type Problem, createProblem } from '../errors/problem.ts';
import { releaseTag } from './audit-trail.ts';
import { configValue, git, repositoryOf, tagCommit } from './git.ts';
import { verifyPublishedVersions } from './published-versions.ts';

export type TagResult = { ok: true; tag: string; commit: string; signed: boolean; existed: boolean } | { ok: false; problems: Problem[] };

function refused(message: string, hint: string, file = 'versions'): TagResult {
  return { ok: false, problems: [createProblem('ReleaseRefused', { file, message, hint })] };
}

/**
 * Marks a committed release with an annotated tag S1-v<n> on the commit that released it, naming
 * the directive (`npm run release -- --tag <n>`). Signed (git tag -s) when the author has a
 * signing key configured. The release itself does not commit: what goes into the commit is the
 * author's decision, so tagging is the step after it.
 */
export function tagRelease(versionsRoot: string, version: number, shownRoot = 'versions'): TagResult {
  const repository = repositoryOf(versionsRoot);
  if ('reason' in repository) return refused(`Kausta „${shownRoot}“ ei saa sildiga märkida: ${repository.reason}.`, 'Väljalaske silt pannakse git-hoidla commitile.');
  const verified = verifyPublishedVersions(versionsRoot, shownRoot);
  if (hasErrors(verified.problems)) return { ok: false, problems: verified.problems.filter((problem) => problem.severity === 'error') };
  const commit = verified.released.get(version);
  const item = verified.versions.find((candidate) => candidate.version === version);
  if (!commit || !item) return refused(`Versioon ${version} ei ole git-i kantud, seega pole commitit, mida märkida.`, `Kanna kaust „${shownRoot}/${version}“ hoidlasse (git add, git commit) ja proovi siis uuesti.`, `${shownRoot}/${version}`);
  const tag = releaseTag(version);
  const existing = tagCommit(repository.root, tag);
  if (existing) return { ok: true, tag, commit: existing, signed: false, existed: true };
  const { directive } = item.manifest;
  const [year, month, day] = directive.date.split('-');
  const message = `S1 versioon ${version}, kinnitatud käskkirjaga ${day}.${month}.${year} nr ${directive.number}.`;
  const signed = configValue(repository.root, 'user.signingkey') !== undefined;
  try {
    git(repository.root, ['tag', signed ? '-s' : '-a', tag, '-m', message, commit]);
  } catch (error) {
    return refused(`Silti „${tag}“ ei saanud luua: ${(error as Error).message}`, signed ? 'Kontrolli allkirjastamise võtit (git config user.signingkey).' : 'Kontrolli, et git-il on nimi ja e-post (git config user.name, user.email).', join(shownRoot, String(version)));
  }
  return { ok: true, tag, commit, signed, existed: false };
}
