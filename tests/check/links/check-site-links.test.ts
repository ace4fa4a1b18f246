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
        viga [BrokenFragment] Link „/#puudub“ viib ankrule #puudub, kuid lehel / ei ole sellise id-ga elementi.
          Vihje: Pealkirja id tuleb selle tekstist: kontrolli kirjapilti või viita lehele ilma ankruta (#…).
        viga [BrokenLink] Link „/ametikohad/kriisijuht/“ viib aadressile /ametikohad/kriisijuht/, mida saidil ei ole.
          Vihje: Viita kirjetele kujul [](ref:<kogu>/<id>), et saidi koostamine neid kontrolliks, või paranda aadress.

      2 viga failis /protsessid/p13/; hoiatusi ei ole."
    `);
  });

  it('reports a missing stylesheet as a broken link', () => {
    expect(checkSiteLinks(pages, new Set()).map((problem) => problem.message)).toContain(
      'Link „/_astro/site.css“ viib aadressile /_astro/site.css, mida saidil ei ole.',
    );
  });
});
