// @ts-check
import { defineConfig } from 'astro/config';
import { siteOptionsFromEnvironment } from './src/build/site-options.ts';
import { siteConfig } from './src/integrations/site-config.ts';

// The entry point of `astro dev`, `astro check` and a plain `astro build`: the environment
// (VAJS_CONTENT_DIR, VAJS_TODAY, …) is read here, once; everything below receives options.
// scripts/build.ts does not come through here: it passes its options to Astro's build() itself.
export default defineConfig(siteConfig(siteOptionsFromEnvironment(process.env, process.cwd())));
