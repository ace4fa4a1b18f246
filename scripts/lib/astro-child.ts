/**
 * One Astro build in a process of its own, started by scripts/lib/astro-build.ts. Astro and the
 * handbook's configuration load first; then the options arrive over the IPC channel as
 * { site: SiteOptions, outDir }, and Astro's programmatic build() runs with the configuration made
 * from them (src/integrations/site-config.ts), so nothing is read from the environment. One
 * process per build: Astro and Vite keep module state and caches per process, and the pages'
 * modules keep their data per build.
 */
import { build } from 'astro';
import type { SiteOptions } from '../../src/build/site-options.ts';
import { siteConfig } from '../../src/integrations/site-config.ts';

// The caller ended before sending the options (its check of the content failed): so does this.
process.once('disconnect', () => process.exit(1));
const { site, outDir } = await new Promise<{ site: SiteOptions; outDir: string }>((resolve) => process.once('message', resolve));
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
