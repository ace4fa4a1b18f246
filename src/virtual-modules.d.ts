declare module 'virtual:vajs/options' {
  const options: import('./build/site-options.ts').SiteOptions;
  export default options;
}
