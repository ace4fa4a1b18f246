/**
 * Estonian case forms of an entry's name, added to the search index so that "kvaliteedijuhile",
 * "tuumiktiimi liikme" or "tugiteenuste" find the entry named "Kvaliteedijuht", "… liige" or
 * "Tugiteenus". Pagefind's Estonian stemmer does not undo consonant gradation or stem changes
 * (juht → juhi, liige → liikme), so the forms are spelled out instead.
 */

/** The stems a case ending attaches to, for one word ending. */
interface Declension {
  /** The nominative ending this row applies to, e.g. "juht". */
  ending: string;
  genitive: string;
  partitive: string;
  pluralGenitive: string;
  pluralPartitive: string;
}

// Head words of the handbook's names, most specific first; a compound ("kvaliteedijuht") is
// declined by its last part. A name whose last word matches no row gets no forms: the search
// then relies on the stemmer alone.
const DECLENSIONS: readonly Declension[] = [
  { ending: 'juht', genitive: 'juhi', partitive: 'juhti', pluralGenitive: 'juhtide', pluralPartitive: 'juhte' },
  { ending: 'liige', genitive: 'liikme', partitive: 'liiget', pluralGenitive: 'liikmete', pluralPartitive: 'liikmeid' },
  { ending: 'osakond', genitive: 'osakonna', partitive: 'osakonda', pluralGenitive: 'osakondade', pluralPartitive: 'osakondi' },
  { ending: 'kaart', genitive: 'kaardi', partitive: 'kaarti', pluralGenitive: 'kaartide', pluralPartitive: 'kaarte' },
  { ending: 'kantsler', genitive: 'kantsleri', partitive: 'kantslerit', pluralGenitive: 'kantslerite', pluralPartitive: 'kantslereid' },
  { ending: 'protsess', genitive: 'protsessi', partitive: 'protsessi', pluralGenitive: 'protsesside', pluralPartitive: 'protsesse' },
  { ending: 'tiim', genitive: 'tiimi', partitive: 'tiimi', pluralGenitive: 'tiimide', pluralPartitive: 'tiime' },
  { ending: 'roll', genitive: 'rolli', partitive: 'rolli', pluralGenitive: 'rollide', pluralPartitive: 'rolle' },
  { ending: 'plaan', genitive: 'plaani', partitive: 'plaani', pluralGenitive: 'plaanide', pluralPartitive: 'plaane' },
  { ending: 'oon', genitive: 'ooni', partitive: 'ooni', pluralGenitive: 'oonide', pluralPartitive: 'oone' },
  { ending: 'ium', genitive: 'iumi', partitive: 'iumi', pluralGenitive: 'iumide', pluralPartitive: 'iume' },
  { ending: 'amet', genitive: 'ameti', partitive: 'ametit', pluralGenitive: 'ametite', pluralPartitive: 'ameteid' },
  { ending: 'ek', genitive: 'eku', partitive: 'ekut', pluralGenitive: 'ekute', pluralPartitive: 'ekuid' },
  { ending: 'isik', genitive: 'isiku', partitive: 'isikut', pluralGenitive: 'isikute', pluralPartitive: 'isikuid' },
  { ending: 'ik', genitive: 'iku', partitive: 'ikku', pluralGenitive: 'ike', pluralPartitive: 'ikke' },
  { ending: 'ur', genitive: 'uri', partitive: 'urit', pluralGenitive: 'urite', pluralPartitive: 'ureid' },
  { ending: 'mine', genitive: 'mise', partitive: 'mist', pluralGenitive: 'miste', pluralPartitive: 'misi' },
  { ending: 'us', genitive: 'use', partitive: 'ust', pluralGenitive: 'uste', pluralPartitive: 'usi' },
  { ending: 'ja', genitive: 'ja', partitive: 'jat', pluralGenitive: 'jate', pluralPartitive: 'jaid' },
  { ending: 'ika', genitive: 'ika', partitive: 'ikat', pluralGenitive: 'ikate', pluralPartitive: 'ikaid' },
  { ending: 'ala', genitive: 'ala', partitive: 'ala', pluralGenitive: 'alade', pluralPartitive: 'alasid' },
  { ending: 'kogu', genitive: 'kogu', partitive: 'kogu', pluralGenitive: 'kogude', pluralPartitive: 'kogusid' },
];

/** Endings of the cases built on a genitive stem (singular, or plural -de/-te). */
const CASE_ENDINGS = ['le', 'l', 'lt', 's', 'st', 'sse', 'ks', 'ga', 'na', 'ni', 'ta'] as const;

/** Every case form, singular and plural, of one word; empty when its ending is not in the table. */
export function wordForms(word: string): string[] {
  const lower = word.toLocaleLowerCase('et');
  const row = DECLENSIONS.find((candidate) => lower.endsWith(candidate.ending) && lower.length > candidate.ending.length - 1);
  if (!row) return [];
  const root = lower.slice(0, lower.length - row.ending.length);
  const genitive = root + row.genitive;
  const pluralGenitive = root + row.pluralGenitive;
  const forms = [
    genitive,
    root + row.partitive,
    `${genitive}d`,
    pluralGenitive,
    root + row.pluralPartitive,
    ...CASE_ENDINGS.map((ending) => genitive + ending),
    ...CASE_ENDINGS.map((ending) => pluralGenitive + ending),
  ];
  return [...new Set(forms)].filter((form) => form !== lower);
}

/**
 * The case forms of a name, built by declining its last word: in an Estonian noun phrase the
 * head comes last ("Poliitikavaldkonna tuumiktiimi liige"), the words before it stay as written.
 */
export function nameForms(name: string): string[] {
  const words = name.match(/[\p{L}\d]+/gu) ?? [];
  const last = words.at(-1);
  return last ? wordForms(last) : [];
}
