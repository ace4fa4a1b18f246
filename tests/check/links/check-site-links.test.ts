import { describe, expect, it } from 'vitest';
import { checkSiteLinks, resolveLink } from '../../../src/check/links/check-site-links.ts';
import { formatProblems } from '../../../src/errors/format.ts';

describe('resolveLink', () => {
  it('resolves relative links against the page and splits the fragment', () => {
    expect(resolveLink('/protsessid/p13/', '../p15/#omanik')).toEqual({ path: '/protsessid/p15/', fragment: 'omanik' });
    expect(resolveLink('/protsessid/p13/', '#viited')).toEqual({ path: '/protsessid/p13/', fragment: 'viited' });
  });
});

describe('checkSiteLinks', () => {
  const pages = [
    { url: '/', html: '<a href="/protsessid/p13/">P13</a><a href="https://www.sm.ee/">SoM</a><link href="/_astro/site.css" rel="stylesheet">' },
    {
      url: '/protsessid/p13/',
      html: '<h2 id="viited">Seotud</h2><a href="/ametikohad/kriisijuht/">omanik</a><a href="/#puudub">avaleht</a><a href="#viited">viited</a><a href="mailto:x@y.ee">kiri</a>',
    },
  ];

  it('reports links to missing pages and fragments with the page and the link', () => {
    expect(formatProblems(checkSiteLinks(pages, new Set(['/_astro/site.css'])))).toMatchInlineSnapshot(`
      "/protsessid/p13/
        viga [BrokenFragment] The link "/#puudub" goes to #puudub, but / has no element with that id.
          Vihje: Headings get their id from their text: check the spelling, or link to the page without the fragment.
        viga [BrokenLink] The link "/ametikohad/kriisijuht/" goes to /ametikohad/kriisijuht/, which the site does not have.
          Vihje: Link entries with [](ref:<collection>/<id>) so the build checks them, or correct the address.

      2 viga failis /protsessid/p13/; hoiatusi ei ole."
    `);
  });

  it('reports a missing stylesheet as a broken link', () => {
    expect(checkSiteLinks(pages, new Set()).map((problem) => problem.message)).toContain(
      'The link "/_astro/site.css" goes to /_astro/site.css, which the site does not have.',
    );
  });
});
