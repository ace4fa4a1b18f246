import { type CollectionKey } from '../model/collections.ts';
import { formsOfNameWord } from '../search/estonian-forms.ts';
import { type EntryKey, entryKey } from './build-graph.ts';

/**
 * The names under which prose mentions an entry without linking it: "Kvaliteedijuht vastutab …"
 * is about the post Kvaliteedijuht, "SoMis" about the ministry, "(P15)" about the process. Only
 * names specific enough to mean the entry are used: a code, an abbreviation as written, a name of
 * several words, or one long word. A name is matched word by word, each word in any of its case
 * forms ("tuumiktiimi liikmetel", "asutuste juhid"), and a whole word only: "juht" is not found
 * inside "juhtimine".
 */
export interface MentionName {
  key: EntryKey;
  words: MentionWord[];
  /**
   * Entries and glossary terms are mentioned independently: "tuumiktiimi liikmed" mentions the
   * role Tuumiktiimi liige and also uses the term tuumiktiim. Within a layer the longer name wins.
   */
  layer: 'entries' | 'terms';
}

export interface MentionWord {
  /** Forms the word may take in running text: as written when caseSensitive, else lower case. */
  forms: ReadonlySet<string>;
  /** Abbreviations and codes match as written: "SoM" and "P15", never "som" or "p15". */
  caseSensitive: boolean;
}

/** What this module needs of an entry. */
export interface NamedEntry {
  collection: CollectionKey;
  id: string;
  data: Record<string, unknown>;
}

/** A single word shorter than this is too common to mean one entry ("juht", "roll"). */
const MIN_SINGLE_WORD = 6;

/** Case endings an abbreviation takes glued on, as the handbook writes them ("SoMis", "SKAga"). */
const ABBREVIATION_ENDINGS = ['i', 'is', 'ist', 'ile', 'il', 'ilt', 'isse', 'iga', 'iks', 'id', 'ide', 's', 'st', 'le', 'l', 'lt', 'ga', 'ks', 'sse', 'd'];

/** Words that join the words of a name and never decline. */
const FIXED = new Set(['ja', 'ning', 'või', 'sh', 'nt']);

/** Which collections are mentioned by name; the rest only by explicit ref: links. */
const BY_NAME: Partial<Record<CollectionKey, (data: Record<string, unknown>) => string[]>> = {
  organizations: (data) => [data.name, data.shortName].filter(isText),
  units: (data) => [data.name].filter(isText),
  positions: (data) => [data.name].filter(isText),
  // The SKA role cards name posts in SKA's own words ("Spetsialist", "Ekspert", "Osakonna
  // juhataja"); where S1 or the slides use such a word they mean it in general, not the card.
  roles: (data) => (data.scope === 'SKA' ? [] : [data.name].filter(isText)),
  processes: (data) => [data.code, data.name].filter(isText),
  supportServices: (data) => [data.name].filter(isText),
  policyDomains: (data) => [data.name].filter(isText),
  policyAreas: (data) => [data.name].filter(isText),
  bodies: (data) => [data.name].filter(isText),
  glossary: (data) => [data.term, data.expansion, ...(Array.isArray(data.variants) ? data.variants : [])].filter(isText),
};

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** An abbreviation or code: two capitals ("SoM", "VV") or letters with digits ("P15"). */
function isAbbreviation(word: string): boolean {
  return (word.match(/\p{Lu}/gu) ?? []).length >= 2 || (/\p{L}/u.test(word) && /\d/.test(word));
}

/**
 * The words of a name as prose writes it: a remark in brackets is no part of it ("Valdkonna
 * koosolek (asekantsleri juhtimisel)" is mentioned as "valdkonna koosolek"), but brackets inside a
 * word keep their letters ("(Veebi)haldur").
 */
export function wordsOfName(name: string): string[] {
  const withoutRemarks = name.normalize('NFC').replace(/\([^)]*\)(?!\p{L})/gu, ' ').replace(/[()]/g, '');
  return withoutRemarks.match(/[\p{L}\d]+/gu) ?? [];
}

function wordOf(word: string, last: boolean): MentionWord {
  if (isAbbreviation(word)) {
    const glued = last && !/\d/.test(word) ? ABBREVIATION_ENDINGS.map((ending) => word + ending) : [];
    return { forms: new Set([word, ...glued]), caseSensitive: true };
  }
  const lower = word.toLocaleLowerCase('et');
  if (FIXED.has(lower) || lower.length < 3) return { forms: new Set([lower]), caseSensitive: false };
  return { forms: new Set([lower, ...formsOfNameWord(lower)]), caseSensitive: false };
}

/** Whether a name says enough to mean one entry when it stands in prose unlinked. */
function isSpecific(words: readonly string[]): boolean {
  if (words.length > 1) return true;
  const [word] = words;
  if (!word) return false;
  return isAbbreviation(word) || word.length >= MIN_SINGLE_WORD;
}

/** The names under which each entry of the handbook may be mentioned in prose. */
export function mentionNames(entries: readonly NamedEntry[]): MentionName[] {
  const names: MentionName[] = [];
  for (const entry of entries) {
    const namesOf = BY_NAME[entry.collection];
    if (!namesOf) continue;
    const layer = entry.collection === 'glossary' ? 'terms' : 'entries';
    const seen = new Set<string>();
    for (const name of namesOf(entry.data)) {
      const words = wordsOfName(name);
      const identity = words.join(' ').toLocaleLowerCase('et');
      if (!isSpecific(words) || seen.has(identity)) continue;
      seen.add(identity);
      names.push({ key: entryKey(entry.collection, entry.id), layer, words: words.map((word, index) => wordOf(word, index === words.length - 1)) });
    }
  }
  return names;
}
