/** The printable controlled copy of S1: the one page whose printout is a controlled copy. */
export const CONTROLLED_COPY = '/dokumendid/s1/kontrollitud-koopia/';

/**
 * One page of every page type the site has; the browser tests visit each of them. `ready` is an
 * element that appears once the page's script has done its work (search results load after).
 */
export const PAGE_TYPES: readonly { type: string; path: string; ready?: string }[] = [
  { type: 'avaleht', path: '/' },
  { type: 'käsiraamatu sisukord', path: '/kasiraamat/' },
  { type: 'käsiraamatu peatükk (tabelid 1 ja 2)', path: '/kasiraamat/1-eesmark-ja-uldsatted/' },
  { type: 'käsiraamatu peatükk (joonis 2)', path: '/kasiraamat/2-valitsemisala-toimimine/' },
  { type: 'protsesside register', path: '/protsessid/' },
  { type: 'protsess', path: '/protsessid/p15/' },
  { type: 'rollide loend', path: '/rollid/' },
  { type: 'roll', path: '/rollid/poliitikajuht/' },
  { type: 'rollikaart', path: '/rollid/ska-testjuht/' },
  { type: 'ametikoht ametijuhendiga', path: '/ametikohad/ska-teenuste-osakonna-juhataja/' },
  { type: 'ametikoht, mida käsiraamat mainib', path: '/ametikohad/kvaliteedijuht/' },
  { type: 'juhtimisorganite loend ja juhtimiskalender', path: '/juhtimisorganid/' },
  { type: 'juhtimisorgan', path: '/juhtimisorganid/kantsleri-koosolek/' },
  { type: 'poliitikavaldkondade taksonoomia', path: '/poliitikavaldkonnad/' },
  { type: 'poliitikavaldkond', path: '/poliitikavaldkonnad/vaimse-tervise-poliitika/' },
  { type: 'tulemuskaart', path: '/tulemuskaart/' },
  { type: 'tulemusvaldkond', path: '/tulemuskaart/raha/' },
  { type: 'tugiteenuste loend', path: '/tugiteenused/' },
  { type: 'tugiteenus', path: '/tugiteenused/strateegiline-planeerimine/' },
  { type: 'asutuste struktuurijoonis', path: '/asutused/' },
  { type: 'asutus', path: '/asutused/ska/' },
  { type: 'struktuuriüksus', path: '/struktuuriuksused/ska-teenuste-osakond/' },
  { type: 'rollifunktsioon', path: '/rollifunktsioonid/voimestaja/' },
  { type: 'mõistete loend', path: '/moisted/' },
  { type: 'mõiste', path: '/moisted/tere/' },
  { type: 'algatus', path: '/algatused/sotsiaal-ja-tervisevaldkonna-integratsioon/' },
  { type: 'taustadokument', path: '/taust/teenuspohine-juhtimine/' },
  { type: 'uuele töötajale', path: '/uuele-tootajale/' },
  { type: 'leia oma roll', path: '/uuele-tootajale/leia-oma-roll/' },
  { type: 'ligipääsetavuse teatis', path: '/ligipaasetavus/' },
  { type: 'tagasiside', path: '/tagasiside/' },
  { type: 'muudatused', path: '/muudatused/' },
  { type: 'otsing', path: '/otsing/?q=juht', ready: '.search-results > li' },
  { type: 'kvaliteedijuhile', path: '/kvaliteedijuhile/' },
  { type: 'sisu korrasolek', path: '/kvaliteedijuhile/sisu-korrasolek/' },
  { type: 'märkused allikate kohta', path: '/kvaliteedijuhile/markused/' },
  { type: 'ülevaatuskalender', path: '/kvaliteedijuhile/ulevaatuskalender/' },
  { type: 'masinloetavad andmed', path: '/kvaliteedijuhile/andmed/' },
  { type: 'kontrollitud koopia', path: CONTROLLED_COPY },
];

/** Waits for the page's own script to have filled it in, where its type says what to wait for. */
export function readySelector(path: string): string | undefined {
  return PAGE_TYPES.find((pageType) => pageType.path === path)?.ready;
}
