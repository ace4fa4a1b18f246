import type { SiteOptions } from '../build/site-options.ts';

const ID = 'virtual:vajs/options';
const RESOLVED = `\0${ID}`;

/**
 * The Vite plugin that gives the pages and the content config their build's options as
 * `import options from 'virtual:vajs/options'` (declared in src/virtual-modules.d.ts): the one
 * way configuration reaches code that Vite bundles.
 */
export function optionsModule(options: () => SiteOptions) {
  return {
    name: 'vajs-options',
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(options())};` : undefined),
  };
}
