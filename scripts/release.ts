/**
 * npm run release -- --version 4 --directive "15.01.2027 nr 3" --author "Nimi" --notes muudatused.txt
 * Freezes the working copy (content/) as a published version under versions/<n>/, with a manifest.
 * npm run release -- --tag 4    marks the commit that released version 4 with the tag S1-v4.
 * npm run release -- --clean    removes the folders of releases that were killed half-way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { displayContentRoot, resolveContentRoot, resolveVersionsRoot } from '../src/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { currentDay } from '../src/health/days.ts';
import { parseDirective } from '../src/versioning/manifest.ts';
import { parseNotes } from '../src/versioning/release-notes.ts';
import { cleanUnfinishedReleases, releaseVersion } from '../src/versioning/release.ts';
import { tagRelease } from '../src/versioning/tag-release.ts';

const USAGE = 'Usage: npm run release -- --version <n> --directive "<dd.mm.yyyy> nr <n>" --author "<name>" --notes <file>';

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function fail(report: string): never {
  console.error(report);
  process.exit(1);
}

function main(): void {
  // 1. Read the arguments; a wrong one is answered in one line.
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options: { version: { type: 'string' }, directive: { type: 'string' }, author: { type: 'string' }, notes: { type: 'string' }, tag: { type: 'string' }, clean: { type: 'boolean' } } }));
  } catch (error) {
    usage((error as Error).message);
  }
  const versionsRoot = resolveVersionsRoot(process.cwd());
  const shownVersions = displayContentRoot(versionsRoot);

  if (values.clean) {
    const result = cleanUnfinishedReleases(versionsRoot);
    if (!result.ok) fail(formatProblems(result.problems));
    console.log(result.removed.length === 0 ? 'Pooleli jäänud väljalaskeid ei olnud.' : result.removed.map((name) => `Eemaldasin pooleli jäänud väljalaske kausta „${shownVersions}/${name}“.`).join('\n'));
    return;
  }

  if (values.tag !== undefined) {
    const text = String(values.tag);
    if (!/^[1-9]\d*$/.test(text)) usage(`--tag peab olema versiooni number, mitte ${JSON.stringify(text)}.`);
    const result = tagRelease(versionsRoot, Number(text), shownVersions);
    if (!result.ok) fail(`${formatProblems(result.problems)}\n\nSilti ei loodud.`);
    console.log(result.existed ? `Silt „${result.tag}“ on juba olemas (commit ${result.commit.slice(0, 7)}).` : `Märkisin versiooni ${text} väljalaske commiti ${result.commit.slice(0, 7)} ${result.signed ? 'allkirjastatud ' : ''}sildiga „${result.tag}“. Jaga seda käsuga git push origin ${result.tag}.`);
    return;
  }

  const { version: versionText, directive: directiveText, author, notes: notesFile } = values as Record<string, string | undefined>;
  if (!versionText || !/^[1-9]\d*$/.test(versionText)) usage(`--version must be a whole number of at least 1, not ${JSON.stringify(versionText ?? '')}.`);
  const directive = parseDirective(directiveText ?? '');
  if (!directive) usage(`--directive must look like "15.01.2026 nr 2" (a real date, then nr and the number), not ${JSON.stringify(directiveText ?? '')}.`);
  if (!author?.trim()) usage('--author must name who compiled the version.');
  if (!notesFile || !existsSync(notesFile)) usage(`--notes must name a text file with the change notes, one per line; ${JSON.stringify(notesFile ?? '')} does not exist.`);
  if (!statSync(notesFile).isFile()) usage(`--notes peab nimetama tekstifaili, kuid „${notesFile}“ on kaust.`);
  const parsed = parseNotes(readFileSync(notesFile));
  if ('reason' in parsed) usage(`--notes: fail „${notesFile}“ ${parsed.reason}; muudatuste kirjeldus peab olema UTF-8 tekst, üks muudatus reas.`);
  if (parsed.notes.length === 0) usage(`${notesFile} holds no change note.`);

  // 2. Copy, check the copy, freeze and publish; on any problem nothing is written.
  const contentRoot = resolveContentRoot(process.cwd());
  const result = releaseVersion({
    contentRoot,
    shownContentRoot: displayContentRoot(contentRoot),
    versionsRoot,
    version: Number(versionText),
    directive,
    author: author.trim(),
    notes: parsed.notes,
    today: currentDay(),
  });

  // 3. Report, with the steps that make the release part of the audit trail.
  if (!result.ok) fail(`${formatProblems(result.problems)}\n\nThe release was refused; nothing was written.`);
  const shownDir = displayContentRoot(result.dir);
  console.log(`Published version ${result.manifest.version} in ${shownDir}: ${Object.keys(result.manifest.files).length} files, SHA-256 ${result.manifest.sha256}.`);
  console.log(`Järgmiseks kanna versioon hoidlasse (git add ${shownDir} content, git commit) ja märgi väljalase käsuga npm run release -- --tag ${result.manifest.version}.`);
}

// Every failure is a message: a stack trace tells the quality manager nothing.
try {
  main();
} catch (error) {
  fail(`Väljalase ebaõnnestus: ${(error as Error).message}`);
}
