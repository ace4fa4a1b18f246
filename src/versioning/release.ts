import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../check/check-content.ts';
import { createProblem, hasErrors, type Problem } from '../errors/problem.ts';
import { isIn } from '../graph/build-graph.ts';
import { tryLock } from '../locks/lock-file.ts';
import { createManifest, type Manifest } from './manifest.ts';
import { verifyPublishedVersions } from './published-versions.ts';
import { snapshotSelection } from './snapshot-selection.ts';
import { hashFolder } from './snapshot-files.ts';
import { refuseNumbering } from './release-rules.ts';
import { formatDirective } from '../site/format.ts';

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
  /** Called with the copy once it is made, before it is checked: lets a test edit either side there. */
  afterCopy?: ((copy: string) => void) | undefined;
  /** Called once the snapshot is complete but not yet in place: lets a test interrupt a release there. */
  beforePublish?: (() => void) | undefined;
}

export type ReleaseResult = { ok: true; manifest: Manifest; dir: string } | { ok: false; problems: Problem[] };

/** The lock two releases of the same versions/ share; a dotfile, so the snapshot reader skips it. */
export const RELEASE_LOCK = '.release.lock';
/** Prefix of the hidden folder a release writes before it renames it into place. */
const PENDING_PREFIX = '.release-';

function refused(message: string, hint: string, file = 'versions'): ReleaseResult {
  return { ok: false, problems: [createProblem('ReleaseRefused', { file, message, hint })] };
}

function busy(holder: number): ReleaseResult {
  return refused(`Teine väljalase (protsess ${holder}) on pooleli; see väljalase loobus ja midagi ei kirjutatud.`, 'Oota, kuni teine väljalase lõpeb, ja proovi siis uuesti.');
}

/**
 * Publishes the working copy as a frozen version. It copies first and checks the copy, so what is
 * frozen is exactly what was checked, however the working copy changes meanwhile; the copy is
 * written into a hidden folder and renamed into place only when complete, so an interrupted
 * release leaves no half-written version. One release at a time (a lock in versions/).
 */
export function releaseVersion(request: ReleaseRequest): ReleaseResult {
  mkdirSync(request.versionsRoot, { recursive: true });
  const lock = tryLock(join(request.versionsRoot, RELEASE_LOCK));
  if (!lock.ok) return busy(lock.holder);
  try {
    return releaseLocked(request);
  } finally {
    lock.release();
  }
}

function releaseLocked(request: ReleaseRequest): ReleaseResult {
  const { contentRoot, shownContentRoot, versionsRoot, version, directive } = request;

  // 1. The snapshots already published must be intact and all there; the number must be the next one.
  const published = verifyPublishedVersions(versionsRoot);
  if (hasErrors(published.problems)) return { ok: false, problems: published.problems.filter((problem) => problem.severity === 'error') };
  const numbering = refuseNumbering({ version, directive, published: published.versions.map((item) => item.manifest), released: [...published.released.keys()] });
  if (numbering) return refused(numbering.message, numbering.hint);

  // 2. Freeze: copy what would be published into a hidden folder, check the copy, then rename it into place.
  const pending = join(versionsRoot, `${PENDING_PREFIX}${version}-${process.pid}`);
  const target = join(versionsRoot, String(version));
  const copy = join(pending, 'content');
  try {
    mkdirSync(copy, { recursive: true });
    for (const path of snapshotSelection(contentRoot)) cpSync(join(contentRoot, path), join(copy, path), { recursive: true });
    request.afterCopy?.(copy);

    // 3. The copy must pass every check, named as the working copy, where the author fixes it.
    const check = checkContent(copy, shownContentRoot, { today: request.today });
    if (!check.ok) return { ok: false, problems: check.problems.filter((problem) => problem.severity === 'error') };

    // 4. The document the site shows must say this version and this directive.
    const mismatches = check.entries.filter(isIn('documents')).flatMap((entry) => {
      const document = entry.data;
      const problems: Problem[] = [];
      if (document.version !== version) {
        problems.push(createProblem('ReleaseRefused', { file: entry.file, line: entry.locate?.(['version']), field: 'version', message: `Väljal „version“ on ${document.version}, kuid väljalase on versioon ${version}.`, hint: `Kirjuta „version: ${version}“, et avaldatud lehed nimetaksid versiooni, kuhu nad kuuluvad.` }));
      }
      if (document.approval.date !== directive.date || document.approval.number !== directive.number) {
        problems.push(createProblem('ReleaseRefused', { file: entry.file, line: entry.locate?.(['approval']), field: 'approval', message: `Väljal „approval“ on käskkiri ${formatDirective(document.approval)}, kuid väljalase kinnitatakse käskkirjaga ${formatDirective(directive)}.`, hint: `Kirjuta „approval: { date: ${directive.date}, number: "${directive.number}" }“.` }));
      }
      return problems;
    });
    if (mismatches.length > 0) return { ok: false, problems: mismatches };

    // The check refuses these already; the copy is what is published, so it is judged too.
    const frozen = hashFolder(copy);
    if (frozen.irregular.length > 0) {
      return { ok: false, problems: frozen.irregular.map((path) => createProblem('NotARegularFile', { file: `${shownContentRoot}/${path}`, message: `„${path}“ ei ole tavaline fail, nii et seda ei saa avaldatud versiooni külmutada.`, hint: 'Asenda see faili enda sisuga ja avalda uuesti.' })) };
    }
    const manifest = createManifest({ version, directive, author: request.author, notes: request.notes, releasedOn: request.today, files: frozen.hashes });
    writeFileSync(join(pending, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    request.beforePublish?.();
    if (existsSync(target)) return refused(`„versions/${version}“ ilmus väljalaske ajal; midagi ei kirjutatud.`, 'Vaata, kes seda kausta kirjutas, ja proovi siis uuesti.');
    renameSync(pending, target);
    return { ok: true, manifest, dir: target };
  } finally {
    rmSync(pending, { recursive: true, force: true });
  }
}

/**
 * Removes the hidden folders of releases that were killed half-way (`npm run release -- --clean`).
 * Returns their names; refuses while another release runs, since its folder is not a leftover.
 */
export function cleanUnfinishedReleases(versionsRoot: string): { ok: true; removed: string[] } | { ok: false; problems: Problem[] } {
  if (!existsSync(versionsRoot)) return { ok: true, removed: [] };
  const lock = tryLock(join(versionsRoot, RELEASE_LOCK));
  if (!lock.ok) return busy(lock.holder) as { ok: false; problems: Problem[] };
  try {
    const removed = readdirSync(versionsRoot, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
    for (const name of removed) rmSync(join(versionsRoot, name), { recursive: true, force: true });
    return { ok: true, removed };
  } finally {
    lock.release();
  }
}
