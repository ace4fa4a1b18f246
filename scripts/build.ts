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
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startAstroBuild } from './lib/astro-build.ts';

// Astro starts loading in a process of its own before anything else: the second or more that
// takes passes while this process loads the checker and checks the content, on the other core.
const astro = startAstroBuild({ projectRoot: process.cwd() });

let values: { outDir?: string | undefined; draft: boolean; verbose: boolean };
try {
  ({ values } = parseArgs({ options: { outDir: { type: 'string' }, draft: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } }) as { values: typeof values });
} catch (error) {
  console.error(`${(error as Error).message}\nKasutus: npm run build -- [--outDir <kaust>] [--draft] [--verbose]`);
  process.exit(1);
}
const outDir = resolve(values.outDir ?? (values.draft ? 'dist-draft' : 'dist'));

// Every failure is a message: a stack trace tells the one who builds nothing.
try {
  const { buildSite } = await import('./lib/build-site.ts');
  await buildSite({ outDir, draft: values.draft, verbose: values.verbose }, astro);
} catch (error) {
  console.error(`Ehitamine ebaõnnestus: ${(error as Error).message}`);
  process.exit(1);
}
