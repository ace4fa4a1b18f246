/**
 * Estonian case forms by rule, for search: the words of an entry's name are declined so that a
 * reader's "riskide", "pensionid", "ohvrid" or "lapsed" finds "Riskijuhtimise protsess",
 * "Pensionipoliitika", "Ohvriabipoliitika" or "Laste heaolu teenuste poliitika". Pagefind's
 * Snowball stemmer strips endings but does not undo stem changes (juht/juhi, hange/hanke,
 * liige/liikme, laps/laste), and no Estonian lemmatiser runs in the build, so the forms are
 * derived here from the common declension types and stem alternations.
 *
 * The rules over-generate on purpose: a guessed form that no one types costs a few bytes of
 * index, a missing one costs a reader the entry. They never produce forms of words that are not
 * in the entry's name, so a wrong guess cannot pull in an unrelated entry.
 */

const VOWEL = /[aeiouõäöü]$/;

/** Endings of the cases built on a genitive stem, singular or plural (-de/-te). */
const CASE_ENDINGS = ['le', 'l', 'lt', 's', 'st', 'sse', 'ks', 'ga', 'na', 'ni', 'ta'] as const;

/** One declension: the stems the endings attach to. */
interface Stems {
  genitives: string[];
  partitives: string[];
  pluralGenitives: string[];
  pluralPartitives: string[];
}

function lower(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('et');
}

/** The stems of a nominative, by its ending; the first matching rule wins. */
function stemsOf(word: string): Stems {
  const cut = (ending: string) => word.slice(0, word.length - ending.length);
  // juht → juhi, juhti, juhtide, juhte: ht weakens to h before a vowel.
  if (word.endsWith('ht')) {
    const root = cut('t');
    return { genitives: [`${root}i`], partitives: [`${root}ti`], pluralGenitives: [`${root}tide`], pluralPartitives: [`${root}te`] };
  }
  // kaart → kaardi, kaarti: rt weakens to rd.
  if (word.endsWith('rt')) {
    const root = cut('t');
    return { genitives: [`${root}di`], partitives: [`${root}ti`], pluralGenitives: [`${root}tide`], pluralPartitives: [`${root}te`] };
  }
  // osakond, valdkond → osakonna, osakonda, osakondade: nd assimilates to nn.
  if (word.endsWith('nd') && word.length > 4) {
    const root = cut('d');
    return { genitives: [`${root}na`, `${root}di`], partitives: [`${root}da`, `${root}dit`], pluralGenitives: [`${root}dade`, `${root}dide`], pluralPartitives: [`${root}di`, `${root}deid`] };
  }
  // liige → liikme, liiget, liikmete: the -e stem gains -me and g strengthens to k.
  if (word.endsWith('ige')) {
    const root = cut('ige');
    return { genitives: [`${root}ikme`], partitives: [`${root}iget`], pluralGenitives: [`${root}ikmete`], pluralPartitives: [`${root}ikmeid`] };
  }
  // hange → hanke, hanget, hangete: ng strengthens to nk.
  if (word.endsWith('nge')) {
    const root = cut('nge');
    return { genitives: [`${root}nke`], partitives: [`${root}nget`], pluralGenitives: [`${root}ngete`], pluralPartitives: [`${root}nkeid`] };
  }
  // juhtimine, planeerimine → juhtimise, juhtimist, juhtimiste, juhtimisi.
  if (word.endsWith('ne') && word.length > 4) {
    const root = cut('ne');
    return { genitives: [`${root}se`], partitives: [`${root}st`, `${root}set`], pluralGenitives: [`${root}ste`], pluralPartitives: [`${root}si`, `${root}seid`] };
  }
  // laps → lapse, last, laste, lapsi: ps and ks lose their stop before t.
  if (/^[^aeiouõäöü]*[aeiouõäöü][pk]s$/.test(word)) {
    const root = cut('s');
    const short = word.slice(0, -2);
    return { genitives: [`${root}se`], partitives: [`${short}st`], pluralGenitives: [`${short}ste`], pluralPartitives: [`${root}si`] };
  }
  // teenus, tervis → teenuse, teenust, teenuste, teenuseid: the native -us/-is nouns.
  if (/[ui]s$/.test(word) && !/(uus|iis)$/.test(word)) {
    return { genitives: [`${word}e`], partitives: [`${word}t`], pluralGenitives: [`${word}te`], pluralPartitives: [`${word}i`, `${word}eid`] };
  }
  // ohver → ohvri, ohvrit, ohvrite: the -er/-el of a two-syllable noun drops its vowel; loans
  // such as kantsler keep it (kantsleri), so both stems are given.
  if (/[^aeiouõäöü][ae][rl]$/.test(word)) {
    const syncopated = `${word.slice(0, -2)}${word.at(-1)}`;
    return {
      genitives: [`${syncopated}i`, `${word}i`],
      partitives: [`${syncopated}it`, `${word}it`, `${word}i`],
      pluralGenitives: [`${syncopated}ite`, `${word}ite`, `${word}ide`],
      pluralPartitives: [`${syncopated}eid`, `${word}eid`, `${word}e`],
    };
  }
  // koosolek, isik → koosoleku, koosolekut, koosolekute: the -ek/-ik nouns take a u-stem.
  if (/[aeiouõäöü][^aeiouõäöü]*[ei]k$/.test(word) && word.length > 4) {
    return { genitives: [`${word}u`], partitives: [`${word}ut`], pluralGenitives: [`${word}ute`], pluralPartitives: [`${word}uid`] };
  }
  if (VOWEL.test(word)) {
    // poliitika, ala, kogu, pere → poliitika, poliitikat, poliitikate, poliitikaid.
    return {
      genitives: [word],
      partitives: [`${word}t`, word],
      pluralGenitives: [`${word}te`, `${word}de`],
      pluralPartitives: [`${word}sid`, `${word.slice(0, -1)}aid`, `${word.slice(0, -1)}eid`],
    };
  }
  // risk, analüüs, pension, protsess, plaan → riski, riskide, riske; a loan's usual i-stem.
  return { genitives: [`${word}i`], partitives: [`${word}i`, `${word}it`], pluralGenitives: [`${word}ide`, `${word}ite`], pluralPartitives: [`${word}e`, `${word}eid`] };
}

/** Every case form, singular and plural, of a word in the nominative, the word itself included. */
export function declensionOf(nominative: string): string[] {
  const word = lower(nominative);
  if (word.length < 3 || !/^\p{L}+$/u.test(word)) return [word];
  const { genitives, partitives, pluralGenitives, pluralPartitives } = stemsOf(word);
  return [
    ...new Set([
      word,
      ...genitives,
      ...genitives.map((stem) => `${stem}d`),
      ...partitives,
      ...pluralGenitives,
      ...pluralPartitives,
      ...[...genitives, ...pluralGenitives].flatMap((stem) => CASE_ENDINGS.map((ending) => stem + ending)),
    ]),
  ];
}

/**
 * The nominatives a word of a name may stand for: names hold their modifiers in the genitive
 * ("Valdkonna koosolek", "Laste heaolu …", "Riskijuhtimise protsess"), and a compound's first
 * part is often a genitive stem ("pensioni-", "ohvri-", "hanke-"). Undoes the alternations that
 * stemsOf applies; the word itself is always the first candidate.
 */
export function nominativesOf(form: string): string[] {
  const word = lower(form);
  // A plural nominative ("lapsed", "pensionid", "hanked") is its genitive with -d.
  const singular = /[aeiouõäöü]d$/.test(word) && word.length > 4 ? nominativesOf(word.slice(0, -1)) : [];
  return [...new Set([...stemCandidates(word), ...singular])];
}

function stemCandidates(word: string): string[] {
  const candidates = [word];
  const add = (ending: string, replacement: string, minimum = 2) => {
    if (word.endsWith(ending) && word.length - ending.length >= minimum) candidates.push(word.slice(0, word.length - ending.length) + replacement);
  };
  add('nna', 'nd', 3); // valdkonna → valdkond
  add('ikme', 'ige'); // liikme → liige
  add('hi', 'ht'); // juhi → juht
  add('rdi', 'rt'); // kaardi → kaart
  add('nke', 'nge'); // hanke → hange
  add('mise', 'mine'); // juhtimise → juhtimine
  add('se', 'ne', 3); // vaimse → vaimne
  add('use', 'us'); // teenuse → teenus
  add('ise', 'is'); // tervise → tervis
  add('pse', 'ps', 1); // lapse → laps
  add('ste', 's'); // teenuste → teenus
  if (/^[^aeiouõäöü]*[aeiouõäöü]ste$/.test(word)) candidates.push(`${word.slice(0, -3)}ps`, `${word.slice(0, -3)}ks`); // laste → laps
  add('ide', ''); // riskide → risk
  if (/[^aeiouõäöü]e$/.test(word) && word.length > 4) candidates.push(word.slice(0, -1)); // analüüse, riske → analüüs, risk
  if (/[^aeiouõäöü]i$/.test(word) && word.length > 3) {
    const stem = word.slice(0, -1);
    candidates.push(stem); // pensioni → pension, riski → risk
    if (/[^aeiouõäöü][rl]$/.test(stem)) candidates.push(`${stem.slice(0, -1)}e${stem.at(-1)}`); // ohvri → ohver
  }
  return [...new Set(candidates)];
}

// A handbook's names repeat their words ("protsess", "juht", "teenus"): each is declined once.
const nameWordForms = new Map<string, readonly string[]>();

/** The forms under which a word of a name is found: each of its possible nominatives, declined. */
export function formsOfNameWord(word: string): readonly string[] {
  let forms = nameWordForms.get(word);
  if (!forms) {
    // A long dev session must not keep every word it ever saw.
    if (nameWordForms.size > 50_000) nameWordForms.clear();
    forms = Object.freeze([...new Set(nominativesOf(word).flatMap(declensionOf))]);
    nameWordForms.set(word, forms);
  }
  return forms;
}

/**
 * A compound's parts, last part whole: "pensionipoliitika" → ["pensioni", "poliitika"],
 * "ohvriabipoliitika" → ["ohvri", "abi", "poliitika"]. A part is split off where the rest is a
 * word the site itself uses (known), so only compounds of the site's own words are split.
 */
export function compoundParts(word: string, known: (word: string) => boolean): string[] {
  const lowered = lower(word);
  for (let at = 3; at <= lowered.length - 3; at += 1) {
    const rest = lowered.slice(at);
    if (known(rest)) return [...compoundParts(lowered.slice(0, at), known), rest];
  }
  return [lowered];
}

/** Words of a text, letters and digits, as Estonian lower case. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\d]+/gu) ?? []).map(lower);
}
