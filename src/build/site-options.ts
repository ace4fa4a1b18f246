import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveContentRoot, resolveVersionsRoot } from '../loading/content-root.ts';
import { currentDay } from '../reviews/days.ts';

/**
 * Everything one Astro build of the handbook depends on besides the code, passed down from the
 * entry point that starts it: scripts/build.ts writes it for each child build, astro.config.mjs
 * derives it from the environment for `astro dev` and a plain `astro build`. Plain JSON, so it
 * crosses into the child process and into the pages (the virtual module virtual:vajs/options).
 */
export interface SiteOptions {
  /** The project root, absolute. */
  projectRoot: string;
  /** The content tree rendered, absolute: content/, a published snapshot, a fixture. */
  contentRoot: string;
  /** The folder of published versions, absolute. */
  versionsRoot: string;
  /** The day reviews are judged against (YYYY-MM-DD). */
  today: string;
  /** Which edition is rendered (see src/data/current-edition.ts). */
  edition: { kind: 'single' } | { kind: 'draft' } | { kind: 'published'; version: number };
  /** Where a file opens for editing in the repository's web interface (vajs.config.json); empty when nowhere. */
  editUrl: string;
  /**
   * The checked snapshot of the content (src/build/snapshot.ts) written by the caller, which
   * has checked the handbook already; without it the build checks it itself.
   */
  snapshotFile?: string | undefined;
  /** The caller checks every link of the assembled site, so the build need not check its own. */
  linksCheckedByCaller?: boolean | undefined;
}

/** The site settings of vajs.config.json. */
export function readEditUrl(projectRoot: string): string {
  const config = JSON.parse(readFileSync(join(projectRoot, 'vajs.config.json'), 'utf8')) as { repositoryEditUrl?: string };
  return config.repositoryEditUrl ?? '';
}

/**
 * The options of a build started from the command line: VAJS_CONTENT_DIR, VAJS_VERSIONS_DIR,
 * VAJS_TODAY, VAJS_SITE_VERSION and VAJS_DRAFT. Only entry points call this; every module below
 * them receives the options.
 */
export function siteOptionsFromEnvironment(env: NodeJS.ProcessEnv, projectRoot: string): SiteOptions {
  const version = env.VAJS_SITE_VERSION;
  if (version && !/^\d+$/.test(version)) throw new Error(`VAJS_SITE_VERSION=${version} names no published version.`);
  return {
    projectRoot,
    contentRoot: resolveContentRoot(projectRoot, env),
    versionsRoot: resolveVersionsRoot(projectRoot, env),
    today: currentDay(env),
    edition: version ? { kind: 'published', version: Number(version) } : env.VAJS_DRAFT ? { kind: 'draft' } : { kind: 'single' },
    editUrl: readEditUrl(projectRoot),
  };
}
