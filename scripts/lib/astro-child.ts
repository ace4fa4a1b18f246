/**
 * One Astro build in a process of its own, started by scripts/lib/astro-build.ts with the path of
 * a JSON file holding its options: { site: SiteOptions, outDir }. It calls Astro's programmatic
 * build() with the handbook's configuration made from those options (src/integrations/site-config.ts),
 * so nothing is read from the environment. One process per build: Astro and Vite keep module
 * state and caches per process, and the pages' modules keep their data per build.
 */
import { readFileSync } from 'node:fs';
import { build } from 'astro';
import type { SiteOptions } from '../../src/build/site-options.ts';
import { siteConfig } from '../../src/integrations/site-config.ts';

const { site, outDir } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { site: SiteOptions; outDir: string };
try {
  // The dev toolbar is for `astro dev`: a build that enables it bundles the toolbar's client code for nothing.
  await build({ ...siteConfig(site), devToolbar: { enabled: false }, configFile: false, outDir });
} catch (error) {
  // Astro's own errors say what and where; a stack trace adds nothing for the one who builds.
  const { message, hint } = error as { message?: string; hint?: string };
  console.error(`${message ?? String(error)}${hint ? `\n${hint}` : ''}`);
  process.exit(1);
}
process.exit(0);
