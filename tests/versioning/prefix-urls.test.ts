import { describe, expect, it } from 'vitest';
import { prefixUrls } from '../../src/versioning/prefix-urls.ts';

describe('prefixUrls', () => {
  it('puts root-relative links, sources and form actions under the prefix', () => {
    expect(prefixUrls('<a href="/protsessid/p15/">P15</a><script src="/_astro/a.js"></script><form action="/otsing/">', '/versioonid/2/')).toBe(
      '<a href="/versioonid/2/protsessid/p15/">P15</a><script src="/versioonid/2/_astro/a.js"></script><form action="/versioonid/2/otsing/">',
    );
  });

  it('moves the page\'s own prefix, from which its scripts find the search index', () => {
    expect(prefixUrls('<html lang="et" data-base="/" data-version="2">', '/versioonid/2/')).toBe('<html lang="et" data-base="/versioonid/2/" data-version="2">');
  });

  it('moves url() in stylesheets', () => {
    expect(prefixUrls('src:url(/_astro/roboto.woff2) format("woff2")', '/versioonid/2/')).toBe('src:url(/versioonid/2/_astro/roboto.woff2) format("woff2")');
  });

  it('leaves alone what already has the prefix, other hosts, fragments, and links to other versions', () => {
    const html = '<a href="/versioonid/2/x/">a</a><a href="//cdn/x">b</a><a href="#sisu">c</a><a href="https://x.ee/">d</a><a href="/protsessid/p15/" data-version-link>3</a>';
    expect(prefixUrls(html, '/versioonid/2/')).toBe(html);
  });
});
