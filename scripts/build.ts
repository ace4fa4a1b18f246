/**
 * npm run build — builds the site employees read: the version in force at the plain URLs and
 * every superseded version under /versioonid/<n>/, each from its frozen snapshot in versions/.
 * Each version is rendered once, as it stood the day it took effect, and kept; every build
 * places the kept pages where each version stands today (src/versioning/place-version.ts). So
 * publishing one more version renders only that version. Without published versions (or with
 * VAJS_CONTENT_DIR) it builds that one content tree.
 *
 * Options: --outDir <dir> (default dist/, or dist-draft/ with --draft); --draft builds the
 * working copy content/ as an unapproved draft, never into the published site; --verbose
 * streams Astro's page-by-page output, which is otherwise kept in node_modules/.cache/vajs/build.log.
 *
 * Every build is assembled in <outDir>.assembling/, its links checked there, and swapped in
 * whole, so a failed build leaves the last good site; one build of the project runs at a time.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { waitForLock } from '../src/locks/lock-file.ts';
import { isInside, moveFolder, refuseOutputFolder } from '../src/build/output-folder.ts';
import { describeStep } from '../src/build/progress.ts';
import { codeHash } from '../src/build/code-hash.ts';
import { readEditUrl, type SiteOptions } from '../src/build/site-options.ts';
import { removeAtExit, writeSnapshot } from '../src/build/snapshot.ts';
import { checkSiteLinks } from '../src/check/links/check-site-links.ts';
import { readBuiltSite } from '../src/check/links/read-built-site.ts';
import { displayContentRoot, resolveContentRoot, resolveVersionsRoot } from '../src/loading/content-root.ts';
import { plural } from '../src/text/plural.ts';
import { formatProblems } from '../src/errors/format.ts';
import { hasErrors } from '../src/errors/problem.ts';
import { currentDay } from '../src/reviews/days.ts';
import { pageUrl } from '../src/search/index-site.ts';
import { summarize, versionBase, VERSIONS_URL_SEGMENT } from '../src/versioning/editions.ts';
import { sha256 } from '../src/versioning/manifest.ts';
import { placeJson, placePage, placeStylesheet, type PublishedEdition } from '../src/versioning/place-version.ts';
import { type VerifiedVersions, verifyPublishedVersions } from '../src/versioning/published-versions.ts';
import { hashFolder } from '../src/versioning/snapshot-files.ts';
import type { PublishedVersion } from '../src/versioning/verify-snapshots.ts';
import { startAstroBuild } from './lib/astro-build.ts';

/** Ends the build with a message; never a stack trace. */
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: { outDir?: string | undefined; draft: boolean; verbose: boolean };
try {
  ({ values } = parseArgs({ options: { outDir: { type: 'string' }, draft: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } }) as { values: typeof values });
} catch (error) {
  stop(`${(error as Error).message}\nKasutus: npm run build -- [--outDir <kaust>] [--draft] [--verbose]`);
}
const outDir = resolve(values.outDir ?? (values.draft ? 'dist-draft' : 'dist'));
// Rendered versions, kept across builds; VAJS_BUILD_CACHE moves it (tests use their own).
const CACHE = resolve(process.env.VAJS_BUILD_CACHE || join('node_modules', '.cache', 'vajs-versions'));
const LOG = resolve('node_modules', '.cache', 'vajs', 'build.log');
// Astro writes the project's .astro/ on every build: two builds of one project at once corrupt each other.
const LOCK = resolve('node_modules', '.cache', 'vajs', 'build.lock');
// The day the rendering of a version was made: its quality manager's pages count review dates from it.
const RENDERED_ON = 'rendered-on';
// SHA-256 of every file of a kept rendering, written with it: a kept page edited since is not reused.
const RENDERED_FILES = 'files.json';

// The environment is read here, once; everything below receives these.
const PROJECT = process.cwd();
const CONTENT = resolveContentRoot(PROJECT);
const VERSIONS = resolveVersionsRoot(PROJECT);
const TODAY = currentDay();
const EDIT_URL = readEditUrl(PROJECT);

// The build's snapshot: written by the check, read by the Astro build.
const SNAPSHOT = join(PROJECT, 'node_modules', '.cache', 'vajs', `snapshot-${process.pid}.json`);
removeAtExit(SNAPSHOT);

/**
 * Checks the content tree an edition is made of, once, as `npm run check` does (the published
 * versions already verified), and keeps what it found as the build's snapshot: the Astro build
 * reads its entries and problems from it instead of checking again. Errors end the build.
 */
async function checkEdition(label: string, contentRoot: string, verified: VerifiedVersions): Promise<void> {
  // Loaded here, once Astro's process is started: it loads Astro while this one loads the
  // checker (about 0.3 s), instead of after it.
  const [{ checkHandbook }, { snapshotOf }] = await Promise.all([import('../src/build/check-handbook.ts'), import('../src/build/make-snapshot.ts')]);
  // On one thread: Astro is setting itself up on the other core meanwhile (measured: a second
  // thread here only delays both).
  const result = await checkHandbook({ projectRoot: PROJECT, contentRoot, versionsRoot: VERSIONS, today: TODAY, verified, parallel: false });
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  console.log(`${label}: ${describeStep({ step: 'checked', errors, warnings: result.problems.length - errors })}`);
  if (!result.ok) stop(`\n${formatProblems(result.problems, { warnings: 'count' })}\n\nEhitamine peatus, sest sisus on vigu.`);
  writeSnapshot(SNAPSHOT, snapshotOf(contentRoot, result.content, result.displayRoot, TODAY));
  // An overdue review is the one warning the publisher must see at build time, in full.
  const overdue = result.problems.filter((problem) => problem.code === 'OverdueReview');
  if (overdue.length > 0) console.warn(`\n${formatProblems(overdue)}`);
}

/**
 * Checks and builds one edition with Astro, one line per step, and says how many pages it has.
 * Astro loads and sets itself up in its own process while the content is checked, and reads the
 * entries once the snapshot is written. `checkLinks`: the edition is the whole site, so its build
 * checks the links with the tags it reads for the search index; else the assembled site is
 * checked (checkAndSwap). A failed build leaves the last good site.
 */
async function astroBuild(label: string, dir: string, contentRoot: string, edition: SiteOptions['edition'], verified: VerifiedVersions, checkLinks: boolean): Promise<number> {
  console.log(`${label}: ehitan…`);
  // Astro keeps the server half of a build outside the project in the project (.astro/) and moves
  // its stylesheets from there with a rename, which cannot cross file systems: a folder outside
  // the project is built inside it and moved there whole.
  const astroOutDir = isInside(dir, PROJECT) ? dir : join(PROJECT, 'node_modules', '.cache', 'vajs', `site-${process.pid}`);
  rmSync(astroOutDir, { recursive: true, force: true });
  if (astroOutDir !== dir) process.once('exit', () => rmSync(astroOutDir, { recursive: true, force: true }));
  let pages = 0;
  const site: SiteOptions = { projectRoot: PROJECT, contentRoot, versionsRoot: VERSIONS, today: TODAY, edition, editUrl: EDIT_URL, snapshotFile: SNAPSHOT, linksCheckedByCaller: !checkLinks };
  const astro = startAstroBuild(
    {
      projectRoot: PROJECT,
      verbose: values.verbose,
      log: LOG,
      onStep: (step) => {
        if (step.step === 'rendered') pages = step.pages;
        console.log(`${label}: ${describeStep(step)}`);
      },
    },
    { outDir: astroOutDir, site },
  );
  await checkEdition(label, contentRoot, verified);
  astro.snapshotWritten();
  const code = await astro.exited;
  if (code === 0) {
    if (astroOutDir !== dir) moveFolder(astroOutDir, dir);
    return pages;
  }
  rmSync(astroOutDir, { recursive: true, force: true });
  console.error(`\n${label}: ehitamine ebaõnnestus; kaust „${displayContentRoot(outDir)}“ jäi muutmata.${values.verbose ? '' : ` Astro täielik väljund: ${displayContentRoot(LOG)}`}`);
  process.exit(code);
}

/** What a built page depends on besides the snapshots: the site's code and dependencies. */
function siteCodeHash(): string {
  const hash = codeHash(PROJECT);
  if (hash.ok) return hash.hash;
  // A link's target is outside what the hash covers, so kept renderings could go stale unseen.
  console.error(`Kaustas „${hash.folder}“ on faile, mis ei ole tavalised failid: ${hash.irregular.map((path) => `„${path}“`).join(', ')}. Asenda need failide enda sisuga.`);
  process.exit(1);
}

/** True when a kept rendering still holds exactly the files it was written with. */
function isIntact(kept: string): boolean {
  try {
    const recorded = readFileSync(join(kept, RENDERED_FILES), 'utf8');
    return recorded === JSON.stringify(hashFolder(join(kept, 'site')));
  } catch {
    return false;
  }
}

/**
 * Checks every link of the site assembled from the published versions, the links between them
 * too, and puts it in place of the old one; on a broken link the old site stays.
 */
function checkAndSwap(assembling: string): void {
  const site = readBuiltSite(assembling);
  const problems = checkSiteLinks(site.pages, site.files, { versionLinks: true });
  if (problems.length > 0) {
    rmSync(assembling, { recursive: true, force: true });
    stop(`\n${formatProblems(problems)}\n\nEhitamine peatus, sest valmis saidil on katkisi linke; kaust „${displayContentRoot(outDir)}“ jäi muutmata.`);
  }
  swapIn(assembling, site.pages.length);
}

/** Puts the assembled site, its links checked, in place of the old one. */
function swapIn(assembling: string, pages: number): void {
  console.log(`Sait: ${plural(pages, 'lehekülg', 'lehekülge')} kokku pandud, kõik lingid toimivad.`);
  // The old site moves aside before the new one takes its name, so a reader never finds none for long.
  const previous = `${outDir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(assembling, outDir);
  rmSync(previous, { recursive: true, force: true });
}

async function main(): Promise<void> {
  // 1. The output folder is deleted and replaced: it must not be one the build reads.
  const refusal = refuseOutputFolder(outDir, PROJECT, [CONTENT, VERSIONS, CACHE], relative(PROJECT, outDir) || '.');
  if (refusal) stop(`${refusal} Vali muu kaust, näiteks --outDir dist.`);

  // 2. The published versions, verified against their manifests and the commits that released them.
  const verified = verifyPublishedVersions(VERSIONS);
  const { versions, problems } = verified;
  if (hasErrors(problems)) stop(`\n${formatProblems(problems, { warnings: 'count' })}\n\nEhitamine peatus, sest avaldatud versioon ei ole terve.`);

  // 3. One build at a time; a second one waits.
  const release = await waitForLock(LOCK, (holder) => console.log(`Teine ehitamine (protsess ${holder}) on pooleli; ootan, kuni see lõpeb…`));
  process.on('exit', release);

  const assembling = `${outDir}.assembling`;
  rmSync(assembling, { recursive: true, force: true });

  // 4. One content tree (a fixture, a generated handbook, or no version published yet).
  const inForce = versions.at(-1);
  if (values.draft || process.env.VAJS_CONTENT_DIR || !inForce) {
    const label = values.draft ? 'Eelnõu (kinnitamata)' : 'Sisu';
    // One edition is the whole site: its build checks the links (a draft's links to published versions leave it).
    const pages = await astroBuild(label, assembling, CONTENT, values.draft ? { kind: 'draft' } : { kind: 'single' }, verified, true);
    swapIn(assembling, pages);
    console.log(`Valmis: ${displayContentRoot(outDir)}/`);
    return;
  }

  // 5. Every version rendered once. A version's pages depend on the code, its own snapshot and
  //    the earlier ones (its changes page), all frozen; the version in force is rendered again on
  //    a new day, because its quality manager's pages say which reviews are due as of today.
  const code = siteCodeHash();
  const today = TODAY;
  mkdirSync(CACHE, { recursive: true });
  /** The folder that keeps the version's rendering: site/, the day it was made, and its files' hashes. */
  async function rendered(item: PublishedVersion): Promise<string> {
    const earlier = versions.filter((other) => other.version <= item.version).map((other) => other.manifest.sha256);
    const kept = join(CACHE, `${item.version}-${sha256([code, ...earlier].join('\n')).slice(0, 16)}`);
    const renderedOn = existsSync(join(kept, RENDERED_ON)) ? readFileSync(join(kept, RENDERED_ON), 'utf8') : undefined;
    if (renderedOn !== undefined && (item !== inForce || renderedOn === today)) {
      if (isIntact(kept)) {
        console.log(`Versioon ${item.version}: muutmata, kasutan varem ehitatut.`);
        return kept;
      }
      console.log(`Versioon ${item.version}: varem ehitatu on pärast ehitamist muutunud, seega ei kasuta seda.`);
    }
    const building = `${kept}.building`;
    rmSync(building, { recursive: true, force: true });
    await astroBuild(`Versioon ${item.version}`, join(building, 'site'), item.contentRoot, { kind: 'published', version: item.version }, verified, false);
    writeFileSync(join(building, RENDERED_ON), today);
    writeFileSync(join(building, RENDERED_FILES), JSON.stringify(hashFolder(join(building, 'site'))));
    rmSync(kept, { recursive: true, force: true });
    renameSync(building, kept);
    return kept;
  }

  // 6. The site, assembled beside the output. Each version's pages are placed where the version stands today.
  const catalogue = summarize(versions.map((item) => item.manifest));
  const used = new Set<string>();
  // The version in force first: the superseded ones go into its folder, under /versioonid/.
  for (const item of [...versions].reverse()) {
    const kept = await rendered(item);
    used.add(basename(kept));
    const edition: PublishedEdition = { kind: 'published', version: item.version, inForce: inForce.version, base: versionBase(item.version, inForce.version), versions: catalogue };
    const target = item === inForce ? assembling : join(assembling, VERSIONS_URL_SEGMENT, String(item.version));
    cpSync(join(kept, 'site'), target, { recursive: true });
    for (const entry of readdirSync(target, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      if (entry.name.endsWith('.html')) writeFileSync(file, placePage(readFileSync(file, 'utf8'), edition, pageUrl(relative(target, file))));
      else if (entry.name.endsWith('.css')) writeFileSync(file, placeStylesheet(readFileSync(file, 'utf8'), edition));
      else if (entry.name.endsWith('.json') && !relative(target, file).startsWith('pagefind')) writeFileSync(file, placeJson(readFileSync(file, 'utf8'), edition));
    }
  }
  checkAndSwap(assembling);

  // 7. Renderings of these versions made for older code or snapshots are of no further use.
  for (const name of readdirSync(CACHE)) {
    const version = Number(name.split('-')[0]);
    if (versions.some((item) => item.version === version) && !used.has(name)) rmSync(join(CACHE, name), { recursive: true, force: true });
  }
  console.log(`Valmis: ${plural(versions.length, 'versioon', 'versiooni')}, kehtiv versioon ${inForce.version}, kaustas ${displayContentRoot(outDir)}/`);
}

// Every failure is a message: a stack trace tells the one who builds nothing.
try {
  await main();
} catch (error) {
  stop(`Ehitamine ebaõnnestus: ${(error as Error).message}`);
}
