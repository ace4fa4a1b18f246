/**
 * The quality manager's pages (Kvaliteedijuhile), in the order the section lists them. The
 * controlled copy's address depends on the document (see printableDocuments).
 */
export interface DeskPage {
  key: string;
  href: string | undefined;
  label: string;
  about: string;
}

export const DESK_PAGES: readonly DeskPage[] = [
  { key: 'sisu-korrasolek', href: '/kvaliteedijuhile/sisu-korrasolek/', label: 'Sisu korrasolek', about: 'Kõik, mis vajab tähelepanu: vead, puuduvad väärtused, loomisel protsessid, täitmata mallikohad ja ülevaatuste tähtajad.' },
  { key: 'markused', href: '/kvaliteedijuhile/markused/', label: 'Märkused allikate kohta', about: 'Kõik ümberkirjutaja ja hooldaja märkused kirjete kaupa: miks on väärtus loetud just nii ja mida allikad lahtiseks jätavad. Töötaja lehtedel neid ei näidata.' },
  { key: 'ulevaatuskalender', href: '/kvaliteedijuhile/ulevaatuskalender/', label: 'Ülevaatuskalender', about: 'Protsesside, juhendite, rollikaartide ja dokumendi ülevaatused kuude kaupa, ka kalendrivoona (.ics).' },
  { key: 'kontrollitud-koopia', href: undefined, label: 'Kontrollitud koopia', about: 'Kogu S1 ühel lehel peatükkide järjekorras, tiitellehe ja leheküljenumbritega, printimiseks või PDF-iks salvestamiseks.' },
  { key: 'juhend', href: '/kvaliteedijuhile/juhend/', label: 'Kvaliteedijuhi juhend', about: 'Kuidas kirjet muuta, sisu kontrollida, eelnõu vaadata, uut versiooni avaldada ja kontrollitud koopiat printida; mida tähendab iga veakood.' },
  { key: 'andmed', href: '/kvaliteedijuhile/andmed/', label: 'Masinloetavad andmed', about: 'Iga kogumik JSON-failina koos JSON Schemaga, siseveebi vidinatele ja teistele süsteemidele.' },
];
