/**
 * Moves a built site under a URL prefix: every root-relative URL in its HTML and CSS gets the
 * prefix, so a superseded version, rendered and link-checked at the plain URLs while it was in
 * force, is a complete site of its own under /versioonid/<n>/. URLs that already carry the
 * prefix, protocol-relative ones, and links marked data-version-link (to another version) are
 * left alone.
 */
export function prefixUrls(text: string, base: string): string {
  const rest = base.replace(/^\//, '');
  const notPrefixed = `(?!/|${rest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`;
  // data-base: the page's own prefix, from which its scripts find the search index.
  const attribute = new RegExp(`(\\s(?:href|src|action|poster|data-base)=["'])/${notPrefixed}`, 'g');
  return text
    .replace(/<[a-z][^>]*>/gi, (tag) => (/\sdata-version-link\b/.test(tag) ? tag : tag.replace(attribute, `$1${base}`)))
    .replace(new RegExp(`(url\\(["']?)/${notPrefixed}`, 'g'), `$1${base}`);
}
