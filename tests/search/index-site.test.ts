import { describe, expect, it } from 'vitest';
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

  it('gives nothing for a page without a marked element', () => {
    expect(searchDocument('<main><h1>Otsing</h1></main>')).toBeUndefined();
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
