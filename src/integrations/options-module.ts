import type { SiteOptions } from '../build/site-options.ts';

const ID = 'virtual:vajs/options';
const RESOLVED = `\0${ID}`;

/**
 * The Vite plugin that gives the pages and the content config their build's options as
 * `import options from 'virtual:vajs/options'` (declared in src/virtual-modules.d.ts): the one
 * way configuration reaches code that Vite bundles. `snapshotWritten`: the options name a
 * snapshot their caller is still writing (scripts/build.ts starts Astro while it checks the
 * content), so the module is given out once it is written. The content config is the first to
 * import it: Astro sets itself up meanwhile, and waits only where it would read the entries.
 */
export function optionsModule(options: () => SiteOptions, snapshotWritten: () => Promise<void> = () => Promise.resolve()) {
  return {
    name: 'vajs-options',
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load: async (id: string) => {
      if (id !== RESOLVED) return undefined;
      await snapshotWritten();
      return `export default ${JSON.stringify(options())};`;
    },
  };
}
