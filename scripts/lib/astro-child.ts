/**
 * One Astro build in a process of its own, started by scripts/lib/astro-build.ts. Astro and the
 * handbook's configuration load first; then the options arrive over the IPC channel as
 * { kind: 'build', site, outDir }, and Astro's programmatic build() runs with the configuration made
 * from them (src/integrations/site-config.ts), so nothing is read from the environment. The
 * snapshot the options name is being written meanwhile by the caller's check: a second message,
 * { kind: 'snapshot-written' }, says it is there, and the build waits for it only where it would
 * read the entries (src/integrations/options-module.ts). One process per build: Astro and Vite
 * keep module state and caches per process, and the pages' modules keep their data per build.
 */
import { build } from 'astro';
import { siteConfig } from '../../src/integrations/site-config.ts';
import type { ChildMessage } from './astro-build.ts';

// The caller ended before the snapshot was written (its check of the content failed): so does this.
process.once('disconnect', () => process.exit(1));
let written!: () => void;
const snapshotWritten = new Promise<void>((resolve) => (written = resolve));
// One listener for both messages: both may arrive in one read of the channel.
const { site, outDir } = await new Promise<Extract<ChildMessage, { kind: 'build' }>>((resolve) => {
  process.on('message', (message: ChildMessage) => (message.kind === 'build' ? resolve(message) : written()));
});
try {
  // The dev toolbar is for `astro dev`: a build that enables it bundles the toolbar's client code for nothing.
  await build({ ...siteConfig(site, { snapshotWritten: () => snapshotWritten }), devToolbar: { enabled: false }, configFile: false, outDir });
} catch (error) {
  // Astro's own errors say what and where; a stack trace adds nothing for the one who builds.
  const { message, hint } = error as { message?: string; hint?: string };
  console.error(`${message ?? String(error)}${hint ? `\n${hint}` : ''}`);
  process.exit(1);
}
process.exit(0);
