import { createProblem, type Problem } from '../errors/problem.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';

/**
 * The git history is the audit trail of the published versions: the commit that added
 * versions/<n>/manifest.json released version n, and its files are the version for good. This
 * module compares; src/versioning/release-history.ts reads git and the disk.
 */

/** The tag that marks a release: S1 is the designation of the handbook. */
export function releaseTag(version: number): string {
  return `S1-v${version}`;
}

export interface ReleaseRecord {
  version: number;
  /** The commit that added the version's manifest. */
  commit: string;
  /** The version's files in that commit, by path inside versions/<n>/, with their object ids. */
  files: Record<string, string>;
  /** The release tag, when there is one: the commit it points at and the version's files there. */
  tag?: { name: string; commit: string; files: Record<string, string> } | undefined;
}

const short = (commit: string) => commit.slice(0, 7);

/** Which version numbers the history records as released, from the files each commit added. */
export function releasedVersions(additions: readonly { commit: string; files: readonly string[] }[], versionsFolder: string): Map<number, string> {
  const released = new Map<number, string>();
  const pattern = new RegExp(`^${escapeRegExp(versionsFolder)}/([1-9]\\d*)/manifest\\.json$`);
  for (const { commit, files } of additions) {
    for (const file of files) {
      const version = Number(pattern.exec(file)?.[1]);
      // The oldest commit that added it released it; a later re-adding does not move the release.
      if (version && !released.has(version)) released.set(version, commit);
    }
  }
  return released;
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Compares what is on disk (`actual`: object id by path, or undefined when the folder is gone)
 * with what the release commit holds. `shownDir` is the folder as messages name it, versions/<n>.
 */
export function compareWithRelease(record: ReleaseRecord, actual: Record<string, string> | undefined, shownDir: string): Problem[] {
  const { version, commit } = record;
  if (actual === undefined) {
    return [createProblem('MissingPublishedVersion', { file: shownDir, message: `Versioon ${version} on avaldatud (commit ${short(commit)}), kuid kaust „${shownDir}“ puudub.`, hint: `Avaldatud versiooni ei kustutata: taasta see käsuga git checkout ${short(commit)} -- ${shownDir}.` })];
  }
  const problems: Problem[] = [];
  const where = (path: string) => `${shownDir}/${path}`;
  const restore = (path: string) => `Avaldatud versioon on külmutatud: taasta fail käsuga git checkout ${short(commit)} -- ${where(path)} või avalda muudatus uue versioonina käsuga npm run release.`;
  for (const [path, id] of Object.entries(record.files)) {
    if (!(path in actual)) problems.push(createProblem('AlteredPublishedVersion', { file: where(path), message: `See fail avaldati versioonis ${version} (commit ${short(commit)}), kuid on nüüd kustutatud.`, hint: restore(path) }));
    else if (actual[path] !== id) problems.push(createProblem('AlteredPublishedVersion', { file: where(path), message: `See fail erineb sellest, mis avaldati versioonis ${version} (commit ${short(commit)}).`, hint: restore(path) }));
  }
  for (const path of Object.keys(actual)) {
    if (!(path in record.files)) problems.push(createProblem('AlteredPublishedVersion', { file: where(path), message: `See fail lisati versioonile ${version} pärast selle avaldamist (commit ${short(commit)}).`, hint: 'Avaldatud versioon on külmutatud: eemalda fail või avalda muudatus uue versioonina käsuga npm run release.' }));
  }
  if (record.tag && !sameFiles(record.tag.files, record.files)) {
    problems.push(createProblem('ReleaseTagMismatch', { file: shownDir, message: `Väljalaske silt „${record.tag.name}“ osutab commitile ${short(record.tag.commit)}, mille kaust „${shownDir}“ ei ole see, mis avaldati commitiga ${short(commit)}.`, hint: `Silt peab osutama väljalaske commitile: kustuta vale silt käsuga git tag -d ${record.tag.name} ja loo see uuesti käsuga npm run release -- --tag ${version}.` }));
  }
  return problems;
}

/** A snapshot on disk that no commit has released yet: git does not guard it until it is committed. */
export function uncommittedVersion(version: number, shownDir: string): Problem {
  return createProblem('UncommittedVersion', { file: shownDir, message: `Versioon ${version} ei ole veel git-i kantud, seega ei kaitse git seda veel.`, hint: `Kanna kaust „${shownDir}“ hoidlasse (git add ${shownDir}, git commit) ja märgi väljalase käsuga npm run release -- --tag ${version}.` });
}

export function noAuditTrail(shownRoot: string, reason: string): Problem {
  return createProblem('NoAuditTrail', { file: shownRoot, message: `Kausta „${shownRoot}“ ei saa git-i ajaloo vastu kontrollida (${reason}), seega ei ole tõendatud, et avaldatud versioonid on alles ja muutmata.`, hint: 'Avaldatud versioone hoitakse git-hoidlas: kontroll võrdleb iga versiooni commitiga, mis selle avaldas.' });
}
