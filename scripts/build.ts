/**
 * npm run build — builds the site employees read: the version in force at the plain URLs and
 * every superseded version under /versioonid/<n>/, each from its frozen snapshot in versions/.
 * A superseded version is built once and reused until its snapshot, the catalogue of versions
 * or the site's code changes. Without published versions (or with VAJS_CONTENT_DIR) it builds
 * that one content tree. Option: --outDir <dir> (default dist).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveVersionsRoot } from '../src/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { hasErrors } from '../src/errors/problem.ts';
import { VERSIONS_URL_SEGMENT } from '../src/versioning/edition.ts';
import { sha256 } from '../src/versioning/manifest.ts';
import { hashFolder } from '../src/versioning/snapshot-files.ts';
import { readPublishedVersions } from '../src/versioning/verify-snapshots.ts';

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

// 4. Every superseded version under its prefix, from the cache when nothing of it changed. Its
//    pages name the version in force, so the catalogue of versions is part of the key.
const catalogue = versions.map((item) => item.manifest.sha256).join(',');
const code = codeHash();
for (const item of versions.slice(0, -1)) {
  const key = sha256(`${code}\n${catalogue}\n${item.version}`).slice(0, 16);
  const cached = join(CACHE, `${item.version}-${key}`);
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
}
console.log(`Built ${versions.length} version${versions.length === 1 ? '' : 's'} into ${values.outDir}.`);
