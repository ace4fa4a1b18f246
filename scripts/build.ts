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
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeStep } from '../src/build/progress.ts';
import { resolveVersionsRoot } from '../src/content-root.ts';
import { plural } from '../src/text/plural.ts';
import { formatProblems } from '../src/errors/format.ts';
import { hasErrors } from '../src/errors/problem.ts';
import { currentDay } from '../src/health/days.ts';
import { pageUrl } from '../src/search/index-site.ts';
import { summarize, versionBase, VERSIONS_URL_SEGMENT } from '../src/versioning/edition.ts';
import { sha256 } from '../src/versioning/manifest.ts';
import { placeJson, placePage, placeStylesheet, type PublishedEdition } from '../src/versioning/place-version.ts';
import { hashFolder } from '../src/versioning/snapshot-files.ts';
import { readPublishedVersions, type PublishedVersion } from '../src/versioning/verify-snapshots.ts';
import { runAstroBuild, shownPath } from './lib/astro-build.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string' }, draft: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
const outDir = resolve(values.outDir ?? (values.draft ? 'dist-draft' : 'dist'));
// Rendered versions, kept across builds; VAJS_BUILD_CACHE moves it (tests use their own).
const CACHE = resolve(process.env.VAJS_BUILD_CACHE || join('node_modules', '.cache', 'vajs-versions'));
const LOG = resolve('node_modules', '.cache', 'vajs', 'build.log');
// The day the rendering of a version was made: its quality manager's pages count review dates from it.
const RENDERED_ON = 'rendered-on';

/** Builds one edition with Astro, one line per step; a failed build ends the script with its code. */
async function astroBuild(label: string, dir: string, env: Record<string, string>): Promise<void> {
  console.log(`${label}: ehitan…`);
  const code = await runAstroBuild({ outDir: dir, env, verbose: values.verbose, log: LOG, onStep: (step) => console.log(`${label}: ${describeStep(step)}`) });
  if (code === 0) return;
  console.error(`\n${label}: ehitamine ebaõnnestus.${values.verbose ? '' : ` Astro täielik väljund: ${shownPath(LOG)}`}`);
  process.exit(code);
}

/** What a built page depends on besides the snapshots: the site's code and dependencies. */
function codeHash(): string {
  const parts = ['src', 'public'].map((dir) => {
    const { hashes, irregular } = hashFolder(dir);
    // A link's target is outside what the hash covers, so kept renderings could go stale unseen.
    if (irregular.length > 0) {
      console.error(`Kaustas „${dir}“ on faile, mis ei ole tavalised failid: ${irregular.map((path) => `„${path}“`).join(', ')}. Asenda need failide enda sisuga.`);
      process.exit(1);
    }
    return JSON.stringify(hashes);
  });
  for (const file of ['astro.config.mjs', 'package-lock.json']) parts.push(sha256(readFileSync(file)));
  return sha256(parts.join('\n'));
}

// 1. The published versions, verified against their manifests.
const versionsRoot = resolveVersionsRoot(process.cwd());
const { versions, problems } = readPublishedVersions(versionsRoot);
if (hasErrors(problems)) {
  console.error(`\n${formatProblems(problems)}\n\nEhitamine peatus, sest avaldatud versioon ei ole terve.`);
  process.exit(1);
}

// 2. One content tree (a fixture, a generated handbook, or no version published yet).
const inForce = versions.at(-1);
if (values.draft || process.env.VAJS_CONTENT_DIR || !inForce) {
  const label = values.draft ? 'Eelnõu (kinnitamata)' : 'Sisu';
  await astroBuild(label, outDir, values.draft ? { VAJS_DRAFT: '1', VAJS_VERSIONS_DIR: versionsRoot } : {});
  console.log(`Valmis: ${shownPath(outDir)}/`);
  process.exit(0);
}

// 3. Every version rendered once. A version's pages depend on the code, its own snapshot and
//    the earlier ones (its changes page), all frozen; the version in force is rendered again on
//    a new day, because its quality manager's pages say which reviews are due as of today.
const code = codeHash();
const today = currentDay();
mkdirSync(CACHE, { recursive: true });
/** The folder that keeps the version's rendering: site/ and the day it was made. */
async function rendered(item: PublishedVersion): Promise<string> {
  const earlier = versions.filter((other) => other.version <= item.version).map((other) => other.manifest.sha256);
  const kept = join(CACHE, `${item.version}-${sha256([code, ...earlier].join('\n')).slice(0, 16)}`);
  const renderedOn = existsSync(join(kept, RENDERED_ON)) ? readFileSync(join(kept, RENDERED_ON), 'utf8') : undefined;
  if (renderedOn !== undefined && (item !== inForce || renderedOn === today)) {
    console.log(`Versioon ${item.version}: muutmata, kasutan varem ehitatut.`);
    return kept;
  }
  const building = `${kept}.building`;
  rmSync(building, { recursive: true, force: true });
  await astroBuild(`Versioon ${item.version}`, join(building, 'site'), { VAJS_CONTENT_DIR: item.contentRoot, VAJS_SITE_VERSION: String(item.version), VAJS_VERSIONS_DIR: versionsRoot });
  writeFileSync(join(building, RENDERED_ON), today);
  rmSync(kept, { recursive: true, force: true });
  renameSync(building, kept);
  return kept;
}

// 4. The site, assembled beside the output and swapped in whole: a failed build leaves the last
//    good site in place. Each version's pages are placed where the version stands today.
const assembling = `${outDir}.assembling`;
rmSync(assembling, { recursive: true, force: true });
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
rmSync(outDir, { recursive: true, force: true });
renameSync(assembling, outDir);

// 5. Renderings of these versions made for older code or snapshots are of no further use.
for (const name of readdirSync(CACHE)) {
  const version = Number(name.split('-')[0]);
  if (versions.some((item) => item.version === version) && !used.has(name)) rmSync(join(CACHE, name), { recursive: true, force: true });
}
console.log(`Valmis: ${plural(versions.length, 'versioon', 'versiooni')}, kehtiv versioon ${inForce.version}, kaustas ${shownPath(outDir)}/`);
