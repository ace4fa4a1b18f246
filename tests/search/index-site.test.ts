import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pageUrl, searchDocument } from '../../src/search/index-site.ts';

const DOCUMENT = (body: string) => `<!DOCTYPE html><html lang="et"><body>${body}</body></html>`;

describe('searchDocument', () => {
  it('puts a space after each block so adjacent cells do not run together', () => {
    expect(searchDocument('<main data-pagefind-body><dl><dt>Asutus</dt><dd>SoM</dd></dl></main>')).toBe(DOCUMENT('<main data-pagefind-body><dl><dt>Asutus</dt> <dd>SoM</dd> </dl></main>'));
  });

  it('leaves inline elements alone', () => {
    expect(searchDocument('<div data-pagefind-body><p>P<strong>15</strong></p></div>')).toBe(DOCUMENT('<div data-pagefind-body><p>P<strong>15</strong></p> </div>'));
  });

  it('reads the end of a block in any case, and never inside a script', () => {
    expect(searchDocument('<ARTICLE DATA-PAGEFIND-BODY><script>const end = "</p>";</script><P title="a > b">x</P><TD>y</TD></ARTICLE>')).toBe(
      DOCUMENT('<ARTICLE DATA-PAGEFIND-BODY><script>const end = "</p>";</script><P title="a > b">x</P> <TD>y</TD> </ARTICLE>'),
    );
  });

  it('gives only the marked elements, with what they hold, and nothing of the rest of the page', () => {
    const page = '<html lang="et"><head><title>P15</title></head><body><header><nav><ul><li>Protsessid</li></ul></nav></header><article data-pagefind-body><h1 data-pagefind-meta="tüüp:Protsess">P15</h1><div data-pagefind-body>sees</div></article><footer><p>Kvaliteedijuhile</p></footer></body></html>';
    expect(searchDocument(page)).toBe(DOCUMENT('<article data-pagefind-body><h1 data-pagefind-meta="tüüp:Protsess">P15</h1> <div data-pagefind-body>sees</div> </article>'));
    expect(searchDocument('<main data-pagefind-body>üks</main><nav>menüü</nav><section data-pagefind-body>kaks</section>')).toBe(DOCUMENT('<main data-pagefind-body>üks</main> <section data-pagefind-body>kaks</section>'));
  });

  it('leaves out what Pagefind is told to ignore, a block as a space, unless it holds filters, metadata or sort keys', () => {
    expect(searchDocument('<main data-pagefind-body><p data-pagefind-ignore>Protsess</p><h1>P15</h1>x<span data-pagefind-ignore>silt</span>y</main>')).toBe(DOCUMENT('<main data-pagefind-body> <h1>P15</h1> xy</main>'));
    const labelled = '<section data-pagefind-ignore><h2 id="allikas">Allikas</h2><span data-pagefind-meta="tüüp:Protsess"></span></section>';
    expect(searchDocument(`<main data-pagefind-body>${labelled}</main>`)).toBe(DOCUMENT(`<main data-pagefind-body><section data-pagefind-ignore><h2 id="allikas">Allikas</h2> <span data-pagefind-meta="tüüp:Protsess"></span></section> </main>`));
    // An element left open is read as it stands: what its end would be is not guessed.
    expect(searchDocument('<main data-pagefind-body><p data-pagefind-ignore>P15</main>')).toBe(DOCUMENT('<main data-pagefind-body><p data-pagefind-ignore>P15</main>'));
  });

  it('gives nothing for a page without a marked element', () => {
    expect(searchDocument('<main><h1>Otsing</h1></main>')).toBeUndefined();
  });
});

/** The fragment Pagefind makes of one page (text, filters, metadata, anchors), as its index stores it. */
async function pagefindFragment(content: string): Promise<unknown> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'et' });
  if (!index) throw new Error('Pagefind did not start');
  await index.addHTMLFile({ url: '/protsessid/p15/', content });
  const { files } = await index.getFiles();
  const fragment = files.find((file) => file.path.endsWith('.pf_fragment'));
  if (!fragment) throw new Error('Pagefind wrote no fragment');
  return JSON.parse(gunzipSync(fragment.content).toString('utf8').replace(/^pagefind_dcd/, ''));
}

describe('searchDocument and Pagefind', () => {
  afterAll(() => pagefind.close());

  it('indexes the same text, filters, metadata and anchors as the whole page', async () => {
    // Blocks already apart, so the only difference is what searchDocument leaves out.
    const page = [
      '<!DOCTYPE html><html lang="et"><head><title>P15</title></head><body><header><nav><a href="/">Avaleht</a></nav></header>',
      '<article data-pagefind-body><p data-pagefind-ignore>Protsess</p> <h1>P15 Kriisideks valmisolek</h1> ',
      '<div hidden><span data-pagefind-filter="tüüp:Protsess"></span><span data-pagefind-meta="vormid:protsessi protsessid"></span></div> ',
      '<dl><dt data-pagefind-ignore>Omanik</dt> <dd>Kriisijuht</dd> </dl> <section aria-labelledby="juhendid"><h2 id="juhendid">Juhendid</h2> <p>Õppused korraldab kriisijuht.</p> </section> ',
      '<section data-pagefind-ignore class="mentions"><h2 id="mainimised">Käsiraamatus mainitud</h2> <p>Lause, kus seda nimetatakse.</p> </section> ',
      '<section data-pagefind-ignore><h2 id="allikas">Allikas</h2> <span data-pagefind-filter="staatus:kinnitatud"></span></section> ',
      '</article><footer>Kvaliteedijuhile</footer></body></html>',
    ].join('');
    const document = searchDocument(page)!;
    expect(document).not.toContain('mainimised');
    expect(await pagefindFragment(document)).toEqual(await pagefindFragment(page));
  });
});

describe('pageUrl', () => {
  it('gives the directory URL of an index.html', () => {
    expect(pageUrl('protsessid/p15/index.html')).toBe('/protsessid/p15/');
    expect(pageUrl('index.html')).toBe('/');
  });

  it('keeps other file names', () => {
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
