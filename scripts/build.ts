/**
 * npm run build — builds the site employees read: the version in force at the plain URLs and
 * every superseded version under /versioonid/<n>/, each from its frozen snapshot in versions/.
 * Each version is rendered once, as it stood the day it took effect, and kept; every build
 * places the kept pages where each version stands today (src/versioning/place-version.ts). So
 * publishing one more version renders only that version. Without published versions (or with
 * VAJS_CONTENT_DIR) it builds that one content tree. Option: --outDir <dir> (default dist).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveVersionsRoot } from '../src/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { hasErrors } from '../src/errors/problem.ts';
import { currentDay } from '../src/health/days.ts';
import { pageUrl } from '../src/search/index-site.ts';
import { summarize, versionBase, VERSIONS_URL_SEGMENT } from '../src/versioning/edition.ts';
import { sha256 } from '../src/versioning/manifest.ts';
import { placeJson, placePage, placeStylesheet, type PublishedEdition } from '../src/versioning/place-version.ts';
import { hashFolder } from '../src/versioning/snapshot-files.ts';
import { readPublishedVersions, type PublishedVersion } from '../src/versioning/verify-snapshots.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
// Rendered versions, kept across builds; VAJS_BUILD_CACHE moves it (tests use their own).
const CACHE = resolve(process.env.VAJS_BUILD_CACHE || join('node_modules', '.cache', 'vajs-versions'));
// The day the rendering of a version was made: its quality manager's pages count review dates from it.
const RENDERED_ON = 'rendered-on';

function astroBuild(dir: string, env: Record<string, string>): void {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** What a built page depends on besides the snapshots: the site's code and dependencies. */
function codeHash(): string {
  const parts = ['src', 'public'].map((dir) => JSON.stringify(hashFolder(dir)));
  for (const file of ['astro.config.mjs', 'package-lock.json']) parts.push(sha256(readFileSync(file)));
  return sha256(parts.join('\n'));
}

// 1. The published versions, verified against their manifests.
const versionsRoot = resolveVersionsRoot(process.cwd());
const { versions, problems } = readPublishedVersions(versionsRoot);
if (hasErrors(problems)) {
  console.error(`\n${formatProblems(problems)}\n\nThe build stopped because a published version is not intact.`);
  process.exit(1);
}

// 2. One content tree (a fixture, a generated handbook, or no version published yet).
const inForce = versions.at(-1);
if (process.env.VAJS_CONTENT_DIR || !inForce) {
  astroBuild(outDir, {});
  process.exit(0);
}

// 3. Every version rendered once. A version's pages depend on the code, its own snapshot and
//    the earlier ones (its changes page), all frozen; the version in force is rendered again on
//    a new day, because its quality manager's pages say which reviews are due as of today.
const code = codeHash();
const today = currentDay();
mkdirSync(CACHE, { recursive: true });
/** The folder that keeps the version's rendering: site/ and the day it was made. */
function rendered(item: PublishedVersion): string {
  const earlier = versions.filter((other) => other.version <= item.version).map((other) => other.manifest.sha256);
  const kept = join(CACHE, `${item.version}-${sha256([code, ...earlier].join('\n')).slice(0, 16)}`);
  const renderedOn = existsSync(join(kept, RENDERED_ON)) ? readFileSync(join(kept, RENDERED_ON), 'utf8') : undefined;
  if (renderedOn !== undefined && (item !== inForce || renderedOn === today)) {
    console.log(`Version ${item.version}: unchanged, reused.`);
    return kept;
  }
  console.log(`Building version ${item.version}.`);
  const building = `${kept}.building`;
  rmSync(building, { recursive: true, force: true });
  astroBuild(join(building, 'site'), { VAJS_CONTENT_DIR: item.contentRoot, VAJS_SITE_VERSION: String(item.version), VAJS_VERSIONS_DIR: versionsRoot });
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
  const kept = rendered(item);
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
console.log(`Built ${versions.length} version${versions.length === 1 ? '' : 's'} into ${values.outDir}.`);
