import options from 'virtual:vajs/options';
import { summarize, type Edition } from '../versioning/editions.ts';
import { readPublishedVersions } from '../versioning/verify-snapshots.ts';

let edition: Edition | undefined;

/**
 * The edition this build renders, from its options (src/build/site-options.ts): a published
 * version, the working copy as a draft, or a single content tree (a plain `astro build`).
 * A published version is rendered as it stood the day it took effect: in force, at the plain
 * URLs, knowing only itself and the versions before it. Rendered once, its pages are then
 * placed by scripts/build.ts under today's standing (src/versioning/place-version.ts).
 */
export function currentEdition(): Edition {
  if (edition) return edition;
  const wanted = options.edition;
  if (wanted.kind === 'single') return (edition = { kind: 'single', base: '/', inForce: undefined, versions: [] });
  const { versions: published } = readPublishedVersions(options.versionsRoot);
  const versions = published.length > 0 ? summarize(published.map((item) => item.manifest)) : [];
  const inForce = versions[0]?.version;
  if (wanted.kind === 'draft') return (edition = { kind: 'draft', base: '/', inForce, versions });
  const { version } = wanted;
  const upToIt = published.filter((item) => item.version <= version);
  if (!upToIt.some((item) => item.version === version)) throw new Error(`Version ${version} is not a published version.`);
  return (edition = { kind: 'published', version, inForce: version, base: '/', versions: summarize(upToIt.map((item) => item.manifest)) });
}
