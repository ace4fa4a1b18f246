// picomatch ships no types; the tests use the one call Astro's content watcher makes.
declare module 'picomatch' {
  const picomatch: { isMatch(path: string, patterns: string | string[], options?: { ignore?: string[] | undefined }): boolean };
  export default picomatch;
}
