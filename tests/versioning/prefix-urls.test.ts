import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/html/edits.ts';
import { scanTags } from '../../src/html/html-tags.ts';
import { prefixCssUrls, prefixEdits } from '../../src/versioning/prefix-urls.ts';

const prefixUrls = (html: string, base: string) => applyEdits(html, prefixEdits(html, scanTags(html), base));

describe('prefixEdits', () => {
  it('puts root-relative links, sources and form actions under the prefix', () => {
    expect(prefixUrls('<a href="/protsessid/p15/">P15</a><script src="/_astro/a.js"></script><form action="/otsing/">', '/versioonid/2/')).toBe(
      '<a href="/versioonid/2/protsessid/p15/">P15</a><script src="/versioonid/2/_astro/a.js"></script><form action="/versioonid/2/otsing/">',
    );
  });

  it('moves the page\'s own prefix, from which its scripts find the search index', () => {
    expect(prefixUrls('<html lang="et" data-base="/" data-version="2">', '/versioonid/2/')).toBe('<html lang="et" data-base="/versioonid/2/" data-version="2">');
  });

  it('leaves alone what already has the prefix, other hosts, fragments, and links to other versions', () => {
    const html = '<a href="/versioonid/2/x/">a</a><a href="//cdn/x">b</a><a href="#sisu">c</a><a href="https://x.ee/">d</a><a href="/protsessid/p15/" data-version-link>3</a>';
    expect(prefixUrls(html, '/versioonid/2/')).toBe(html);
  });

  it('reads tags as HTML does: ">" in a value, any case, any quotes', () => {
    expect(prefixUrls(`<a title="P13 > P15" href="/p15/">x</a><A HREF='/p13/'>y</A><img src=/logo.svg alt="">`, '/versioonid/2/')).toBe(
      `<a title="P13 > P15" href="/versioonid/2/p15/">x</a><A HREF='/versioonid/2/p13/'>y</A><img src=/versioonid/2/logo.svg alt="">`,
    );
  });

  it('writes a value anew when its slash was an entity', () => {
    expect(prefixUrls('<a href="&#x2F;p15/?a=1&amp;b=2">x</a>', '/versioonid/2/')).toBe('<a href="/versioonid/2/p15/?a=1&amp;b=2">x</a>');
  });

  it('leaves links in scripts, comments and text alone, and a mark only counts as an attribute', () => {
    const untouched = `<script>const a = '<a href="/p15/">';</script><!-- <a href="/p13/"> --><p>href="/p15/" url(/x.png)</p>`;
    expect(prefixUrls(untouched, '/versioonid/2/')).toBe(untouched);
    expect(prefixUrls('<a title=" data-version-link" href="/p15/">x</a>', '/versioonid/2/')).toBe('<a title=" data-version-link" href="/versioonid/2/p15/">x</a>');
  });

  it('moves url() in style elements and style attributes', () => {
    expect(prefixUrls(`<style>a{background:url('/a.png')}</style><div style="background:url(/b.png)"></div>`, '/versioonid/2/')).toBe(
      `<style>a{background:url('/versioonid/2/a.png')}</style><div style="background:url(/versioonid/2/b.png)"></div>`,
    );
  });
});

describe('prefixCssUrls', () => {
  it('moves url() in stylesheets', () => {
    expect(prefixCssUrls('src:url(/_astro/roboto.woff2) format("woff2")', '/versioonid/2/')).toBe('src:url(/versioonid/2/_astro/roboto.woff2) format("woff2")');
  });

  it('leaves other hosts and what already has the prefix alone', () => {
    const css = 'a{background:url(//cdn/x.png)}b{background:url("/versioonid/2/y.png")}c{background:url(data:image/png;base64,x)}';
    expect(prefixCssUrls(css, '/versioonid/2/')).toBe(css);
  });
});
