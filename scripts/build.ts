/**
 * npm run build — builds the site employees read: the version in force at the plain URLs and
 * every superseded version under /versioonid/<n>/, each from its frozen snapshot in versions/.
 * A superseded version is built once and reused until its snapshot or the site's code changes. Without published versions (or with VAJS_CONTENT_DIR) it builds
 * that one content tree. Option: --outDir <dir> (default dist).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveVersionsRoot } from '../src/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { hasErrors } from '../src/errors/problem.ts';
import { pageUrl } from '../src/search/index-site.ts';
import { summarize, versionBase, VERSIONS_URL_SEGMENT, type Edition } from '../src/versioning/edition.ts';
import { sha256 } from '../src/versioning/manifest.ts';
import { hashFolder } from '../src/versioning/snapshot-files.ts';
import { readPublishedVersions } from '../src/versioning/verify-snapshots.ts';
import { renderVersionBar, replaceVersionBar } from '../src/versioning/version-bar.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
// Built superseded versions, reused across builds; VAJS_BUILD_CACHE moves it (tests use their own).
const CACHE = resolve(process.env.VAJS_BUILD_CACHE || join('node_modules', '.cache', 'vajs-versions'));

function astroBuild(dir: string, env: Record<string, string>): void {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** What a built page depends on besides its own snapshot: the site's code and dependencies. */
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

// 3. The version in force, at the plain URLs.
console.log(`Building version ${inForce.version} (in force).`);
astroBuild(outDir, { VAJS_CONTENT_DIR: inForce.contentRoot, VAJS_SITE_VERSION: String(inForce.version), VAJS_VERSIONS_DIR: versionsRoot });

// 4. Every superseded version under its prefix, rendered once: a superseded version's pages do
//    not change when a newer version is published, except for the version bar, which is
//    rewritten from today's catalogue as the cached pages are copied into place.
const catalogue = summarize(versions.map((item) => item.manifest));
const code = codeHash();
for (const item of versions.slice(0, -1)) {
  const cached = join(CACHE, `${item.version}-${sha256(`${code}\n${item.manifest.sha256}`).slice(0, 16)}`);
  if (existsSync(cached)) {
    console.log(`Version ${item.version}: unchanged, reused.`);
  } else {
    console.log(`Building version ${item.version} (superseded).`);
    const building = `${cached}.building`;
    rmSync(building, { recursive: true, force: true });
    astroBuild(building, { VAJS_CONTENT_DIR: item.contentRoot, VAJS_SITE_VERSION: String(item.version), VAJS_VERSIONS_DIR: versionsRoot });
    renameSync(building, cached);
  }
  const target = join(outDir, VERSIONS_URL_SEGMENT, String(item.version));
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(cached, target, { recursive: true });
  const edition: Edition = { kind: 'published', version: item.version, inForce: inForce.version, base: versionBase(item.version, inForce.version), versions: catalogue };
  for (const entry of readdirSync(target, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, replaceVersionBar(readFileSync(file, 'utf8'), renderVersionBar(edition, pageUrl(relative(target, file)))));
  }
}
console.log(`Built ${versions.length} version${versions.length === 1 ? '' : 's'} into ${values.outDir}.`);
