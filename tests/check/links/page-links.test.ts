import { describe, expect, it } from 'vitest';
import { readPageLinks } from '../../../src/check/links/page-links.ts';

describe('readPageLinks', () => {
  it('reads links as the browser does: entities decoded, any quotes and case, ">" in a value', () => {
    const html = `<a href="/otsing/?q=p15&amp;t=protsess">a</a><a href='/moisted/#s&#xF5;na'>b</a><A HREF=/rollid/>c</A><a title="x > y" href="/asutused/">d</a>`;
    expect(readPageLinks(html).links).toEqual(['/otsing/?q=p15&t=protsess', '/moisted/#sõna', '/rollid/', '/asutused/']);
  });

  it('takes no link from scripts, comments or text', () => {
    const html = `<script>const a = '<a href="/x/">';</script><!-- <a href="/y/"> --><p>href="/z/"</p><link rel="stylesheet" href="/_astro/site.css">`;
    expect(readPageLinks(html).links).toEqual(['/_astro/site.css']);
  });

  it('leaves links to other versions to the assembled site', () => {
    const html = '<a href="/versioonid/1/" data-version-link>1</a><a href="/">avaleht</a>';
    expect(readPageLinks(html).links).toEqual(['/']);
    expect(readPageLinks(html, { versionLinks: true }).links).toEqual(['/versioonid/1/', '/']);
  });

  it('answers fragments with ids and <a name>, decoded, but not with ids in comments or a <meta name>', () => {
    const html = `<h2 id="m&otilde;isted">x</h2><a name="vana">y</a><!-- <p id="peidus"> --><meta name="viewport" content="x"><p data-id="muu">z</p>`;
    expect([...readPageLinks(html).anchors]).toEqual(['mõisted', 'vana']);
  });
});
