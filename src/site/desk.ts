import { controlledCopyUrl } from './urls.ts';

/** The quality manager's pages (Kvaliteedijuhile), in the order the section lists them. */
export const DESK_PAGES = [
  { key: 'sisu-korrasolek', href: '/kvaliteedijuhile/sisu-korrasolek/', label: 'Sisu korrasolek', about: 'Kõik, mis vajab tähelepanu: vead, puuduvad väärtused, loomisel protsessid, täitmata mallikohad ja ülevaatuste tähtajad.' },
  { key: 'ulevaatuskalender', href: '/kvaliteedijuhile/ulevaatuskalender/', label: 'Ülevaatuskalender', about: 'Protsesside, juhendite, rollikaartide ja dokumendi ülevaatused kuude kaupa, ka kalendrivoona (.ics).' },
  { key: 'kontrollitud-koopia', href: controlledCopyUrl('s1'), label: 'Kontrollitud koopia', about: 'Kogu S1 ühel lehel peatükkide järjekorras, tiitellehe ja leheküljenumbritega; PDF-iks: npm run pdf.' },
  { key: 'andmed', href: '/kvaliteedijuhile/andmed/', label: 'Masinloetavad andmed', about: 'Iga kogumik JSON-failina koos JSON Schemaga, siseveebi vidinatele ja teistele süsteemidele.' },
] as const;
