/**
 * npm run release    asks, in Estonian, for the version, the directive, the author and the change notes,
 *                    shows what changed against the version in force, and publishes after a yes.
 * npm run release -- --version 4 --directive "15.01.2027 nr 3" --author "Nimi" --notes muudatused.txt
 *                    the same without questions, for scripts.
 * Freezes the working copy (content/) as a published version under versions/<n>/, with a manifest.
 * npm run release -- --tag 4    marks the commit that released version 4 with the tag S1-v4.
 * npm run release -- --clean    removes the folders of releases that were killed half-way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { displayContentRoot, resolveContentRoot, resolveVersionsRoot } from '../src/loading/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { currentDay } from '../src/reviews/days.ts';
import { parseDirective } from '../src/versioning/manifest.ts';
import { parseNotes } from '../src/versioning/release-notes.ts';
import { cleanUnfinishedReleases, releaseVersion } from '../src/versioning/release.ts';
import { tagRelease } from '../src/versioning/tag-release.ts';
import { readContentTree } from '../src/loading/read-content.ts';
import { describeChange, diffVersions, type VersionEntry } from '../src/versioning/diff-versions.ts';
import { readPublishedVersions } from '../src/versioning/verify-snapshots.ts';
import { askRelease, type ReleaseAnswers } from './lib/release-dialogue.ts';

const USAGE = 'Kasutus: npm run release -- --version <n> --directive "<pp.kk.aaaa> nr <n>" --author "<nimi>" --notes <fail>';

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function fail(report: string): never {
  console.error(report);
  process.exit(1);
}

/** The entries of a content tree as the semantic diff reads them. */
function versionEntries(contentRoot: string): VersionEntry[] {
  return readContentTree(contentRoot).entries.map(({ collection, id, data, body }) => ({ collection, id, data, body }));
}

/** The guided release: questions on the terminal (or piped answers), one per line. */
async function guidedAnswers(versionsRoot: string, contentRoot: string): Promise<ReleaseAnswers | undefined> {
  const inForce = readPublishedVersions(versionsRoot).versions.at(-1);
  const changes = inForce ? diffVersions(versionEntries(inForce.contentRoot), versionEntries(contentRoot)).map(describeChange) : [];
  const input = createInterface({ input: process.stdin, terminal: Boolean(process.stdin.isTTY) });
  const lines = input[Symbol.asyncIterator]();
  try {
    console.log(inForce ? `Kehtiv versioon on ${inForce.version}. Uus versioon avaldatakse kaustast ${displayContentRoot(contentRoot)}.` : `Avaldatud versioone veel ei ole. Esimene versioon avaldatakse kaustast ${displayContentRoot(contentRoot)}.`);
    return await askRelease(
      async (question) => {
        process.stdout.write(question);
        const next = await lines.next();
        if (next.done) process.stdout.write('\n');
        return next.done ? undefined : next.value;
      },
      { proposedVersion: (inForce?.version ?? 0) + 1, proposedAuthor: inForce?.manifest.author, changes, say: (line) => console.log(line) },
    );
  } finally {
    input.close();
  }
}

async function main(): Promise<void> {
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
    if (!/^[1-9]\d*$/.test(text)) usage(`--tag peab olema versiooni number, mitte „${text}“.`);
    const result = tagRelease(versionsRoot, Number(text), shownVersions);
    if (!result.ok) fail(`${formatProblems(result.problems)}\n\nSilti ei loodud.`);
    console.log(result.existed ? `Silt „${result.tag}“ on juba olemas (commit ${result.commit.slice(0, 7)}).` : `Märkisin versiooni ${text} väljalaske commiti ${result.commit.slice(0, 7)} ${result.signed ? 'allkirjastatud ' : ''}sildiga „${result.tag}“. Jaga seda käsuga git push origin ${result.tag}.`);
    return;
  }

  const contentRoot = resolveContentRoot(process.cwd());
  let answers: ReleaseAnswers;
  if (process.argv.length <= 2) {
    const given = await guidedAnswers(versionsRoot, contentRoot);
    if (!given) {
      console.log('Versiooni ei avaldatud; midagi ei kirjutatud.');
      return;
    }
    answers = given;
  } else {
    answers = answersFromArguments(values);
  }
  publish(answers, contentRoot, versionsRoot);
}

/** The scriptable form: every answer as an argument, a wrong one answered in one line. */
function answersFromArguments(values: Record<string, string | boolean | undefined>): ReleaseAnswers {
  const { version: versionText, directive: directiveText, author, notes: notesFile } = values as Record<string, string | undefined>;
  if (!versionText || !/^[1-9]\d*$/.test(versionText)) usage(`--version peab olema täisarv, mis on vähemalt 1, mitte „${versionText ?? ''}“.`);
  const directive = parseDirective(directiveText ?? '');
  if (!directive) usage(`--directive peab olema kujul „15.01.2026 nr 2“ (päris kuupäev, siis nr ja käskkirja number), mitte „${directiveText ?? ''}“.`);
  if (!author?.trim()) usage('--author peab nimetama, kes versiooni koostas.');
  if (!notesFile || !existsSync(notesFile)) usage(`--notes peab nimetama tekstifaili, milles on muudatuste kirjeldus, üks muudatus reas; faili „${notesFile ?? ''}“ ei ole olemas.`);
  if (!statSync(notesFile).isFile()) usage(`--notes peab nimetama tekstifaili, kuid „${notesFile}“ on kaust.`);
  const parsed = parseNotes(readFileSync(notesFile));
  if ('reason' in parsed) usage(`--notes: fail „${notesFile}“ ${parsed.reason}; muudatuste kirjeldus peab olema UTF-8 tekst, üks muudatus reas.`);
  if (parsed.notes.length === 0) usage(`Failis „${notesFile}“ ei ole ühtegi muudatuse kirjeldust.`);
  return { version: Number(versionText), directive, author: author.trim(), notes: parsed.notes };
}

function publish(answers: ReleaseAnswers, contentRoot: string, versionsRoot: string): void {
  // 2. Copy, check the copy, freeze and publish; on any problem nothing is written.
  const result = releaseVersion({ contentRoot, shownContentRoot: displayContentRoot(contentRoot), versionsRoot, ...answers, today: currentDay() });

  // 3. Report, with the steps that make the release part of the audit trail.
  if (!result.ok) fail(`${formatProblems(result.problems)}\n\nAvaldamisest keelduti; midagi ei kirjutatud.`);
  const shownDir = displayContentRoot(result.dir);
  console.log(`Avaldatud versioon ${result.manifest.version} kaustas ${shownDir}: ${Object.keys(result.manifest.files).length} faili, SHA-256 ${result.manifest.sha256}.`);
  console.log(`Järgmiseks kanna versioon hoidlasse (git add ${shownDir} content, git commit) ja märgi väljalase käsuga npm run release -- --tag ${result.manifest.version}.`);
}

// Every failure is a message: a stack trace tells the quality manager nothing.
try {
  await main();
} catch (error) {
  fail(`Väljalase ebaõnnestus: ${(error as Error).message}`);
}
