import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProblem, type Problem } from '../errors/problem.ts';
import { hashManifest, parseManifest, type Manifest } from './manifest.ts';
import { hashFolder } from './snapshot-files.ts';

export const VERSIONS_FOLDER = 'versions';

export interface PublishedVersion {
  version: number;
  /** The snapshot folder, versions/<n>. */
  dir: string;
  /** Its frozen content root, versions/<n>/content. */
  contentRoot: string;
  manifest: Manifest;
}

/** Compares a snapshot's files with its manifest: every changed, added or removed file is a problem. */
export function compareWithManifest(manifest: Manifest, actual: Record<string, string>, shownDir: string): Problem[] {
  const problems: Problem[] = [];
  const where = (path: string) => `${shownDir}/content/${path}`;
  const hint = 'Avaldatud versioon on külmutatud: taasta fail versioonihaldusest või avalda muudatus uue versioonina käsuga npm run release.';
  for (const [path, hash] of Object.entries(manifest.files)) {
    if (!(path in actual)) problems.push(createProblem('TamperedSnapshot', { file: where(path), message: `See avaldatud versiooni ${manifest.version} fail on pärast avaldamist kustutatud.`, hint }));
    else if (actual[path] !== hash) problems.push(createProblem('TamperedSnapshot', { file: where(path), message: `Seda avaldatud versiooni ${manifest.version} faili on pärast avaldamist muudetud (selle SHA-256 ei vasta enam manifestile).`, hint }));
  }
  for (const path of Object.keys(actual)) {
    if (!(path in manifest.files)) problems.push(createProblem('TamperedSnapshot', { file: where(path), message: `See fail lisati avaldatud versioonile ${manifest.version} pärast selle avaldamist.`, hint }));
  }
  const { sha256, ...data } = manifest;
  if (hashManifest(data) !== sha256) {
    problems.push(createProblem('TamperedSnapshot', { file: `${shownDir}/manifest.json`, message: `Avaldatud versiooni ${manifest.version} manifesti on pärast avaldamist muudetud (selle SHA-256 ei vasta sisule).`, hint }));
  }
  return problems;
}

/**
 * Reads and verifies every published version under `versionsRoot`, oldest first. A folder that is
 * not a finished snapshot (no manifest, a leftover of an interrupted release) is a problem too.
 */
export function readPublishedVersions(versionsRoot: string, shownRoot = VERSIONS_FOLDER): { versions: PublishedVersion[]; problems: Problem[] } {
  const versions: PublishedVersion[] = [];
  const problems: Problem[] = [];
  if (!existsSync(versionsRoot)) return { versions, problems };
  for (const entry of readdirSync(versionsRoot, { withFileTypes: true })) {
    const shownDir = `${shownRoot}/${entry.name}`;
    if (!entry.isDirectory()) {
      // Dotfiles are the release's lock or an editor's; any other file would be mistaken for, or block, a version.
      if (!entry.name.startsWith('.')) problems.push(createProblem('StrayVersionsFile', { file: shownDir, message: `„${shownDir}“ on fail, mitte avaldatud versiooni kaust.`, hint: `Kausta „${shownRoot}“ kirjutab ainult npm run release: teisalda see fail mujale.` }));
      continue;
    }
    if (entry.name.startsWith('.')) {
      problems.push(createProblem('UnfinishedRelease', { file: shownDir, message: 'See kaust on jäänud järele pooleli jäänud väljalaskest; see ei ole avaldatud versioon.', hint: 'Eemalda see käsuga npm run release -- --clean ja lase versioon uuesti välja.' }));
      continue;
    }
    if (!/^[1-9]\d*$/.test(entry.name)) {
      problems.push(createProblem('UnfinishedRelease', { file: shownDir, message: `„${entry.name}“ ei ole versiooni number, seega see kaust ei ole avaldatud versioon.`, hint: 'Avaldatud versiooni kausta nimi on selle versiooni number, nt versions/3; neid kaustu kirjutab npm run release.' }));
      continue;
    }
    const dir = join(versionsRoot, entry.name);
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) {
      problems.push(createProblem('UnfinishedRelease', { file: shownDir, message: `Versioonil ${entry.name} puudub manifest.json, seega ei ole tõendatud, mis avaldati.`, hint: 'Versioonide kaustu kirjutab ainult npm run release: kustuta see kaust ja lase versioon uuesti välja.' }));
      continue;
    }
    const parsed = parseManifest(readFileSync(manifestPath, 'utf8'));
    if ('reason' in parsed) {
      problems.push(createProblem('TamperedSnapshot', { file: `${shownDir}/manifest.json`, message: `Versiooni ${entry.name} manifesti ei saa lugeda: ${parsed.reason}.`, hint: 'Taasta fail versioonihaldusest.' }));
      continue;
    }
    if (parsed.manifest.version !== Number(entry.name)) {
      problems.push(createProblem('TamperedSnapshot', { file: `${shownDir}/manifest.json`, message: `Kausta „${shownDir}“ manifestis on versioon ${parsed.manifest.version}, kuid kausta nimi ütleb versioon ${entry.name}.`, hint: 'Taasta fail versioonihaldusest.' }));
      continue;
    }
    const contentRoot = join(dir, 'content');
    const actual = existsSync(contentRoot) ? hashFolder(contentRoot) : { hashes: {}, irregular: [] };
    problems.push(...compareWithManifest(parsed.manifest, actual.hashes, shownDir));
    for (const path of actual.irregular) {
      problems.push(createProblem('TamperedSnapshot', { file: `${shownDir}/content/${path}`, message: `„${path}“ ei ole versiooni ${entry.name} tavaline fail (vaid näiteks sümbollink), nii et avaldatud versioon ei ole külmutatud.`, hint: 'Taasta versiooni kaust versioonihaldusest; avaldatud versioon koosneb ainult tavalistest failidest.' }));
    }
    versions.push({ version: parsed.manifest.version, dir, contentRoot, manifest: parsed.manifest });
  }
  versions.sort((a, b) => a.version - b.version);
  return { versions, problems };
}
