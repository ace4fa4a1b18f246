import { resolveVersionsRoot } from '../content-root.ts';
import { summarize, type Edition } from '../versioning/edition.ts';
import { readPublishedVersions } from '../versioning/verify-snapshots.ts';

let edition: Edition | undefined;

/**
 * The edition this build renders, from what the build script sets: VAJS_SITE_VERSION for a
 * published version, VAJS_DRAFT for the working copy. A plain `astro build` is a single edition.
 * A published version is rendered as it stood the day it took effect: in force, at the plain
 * URLs, knowing only itself and the versions before it. Rendered once, its pages are then
 * placed by scripts/build.ts under today's standing (src/versioning/place-version.ts).
 */
export function currentEdition(env: NodeJS.ProcessEnv = process.env): Edition {
  if (edition) return edition;
  const wanted = env.VAJS_SITE_VERSION;
  if (!wanted && !env.VAJS_DRAFT) return (edition = { kind: 'single', base: '/', inForce: undefined, versions: [] });
  const { versions: published } = readPublishedVersions(resolveVersionsRoot(process.cwd(), env));
  const versions = published.length > 0 ? summarize(published.map((item) => item.manifest)) : [];
  const inForce = versions[0]?.version;
  if (!wanted) return (edition = { kind: 'draft', base: '/', inForce, versions });
  const version = Number(wanted);
  const upToIt = published.filter((item) => item.version <= version);
  if (!upToIt.some((item) => item.version === version)) throw new Error(`VAJS_SITE_VERSION=${wanted} names no published version.`);
  return (edition = { kind: 'published', version, inForce: version, base: '/', versions: summarize(upToIt.map((item) => item.manifest)) });
}
