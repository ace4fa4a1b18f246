import { compoundParts, formsOfNameWord, wordsOf } from './estonian-forms.ts';

/**
 * The words under which an entry is found by its name, beyond the name as written: the case
 * forms of its head word (the last word: "Poliitikavaldkonna tuumiktiimi liige" is a liige),
 * and of every other word and compound part ("Pensionipoliitika" is also found by "pensionid",
 * "Laste heaolu teenuste poliitika" by "lapsed"). Two sets, because a reader who types the head
 * word means the entry more surely than one who types a part of its name.
 */
export interface NameForms {
  head: string[];
  parts: string[];
}

/** Words too short to decline or that carry no meaning of their own ("ja", "sh", "nt"). */
const SKIPPED = new Set(['ja', 'ning', 'või', 'sh', 'nt', 'jmt', 'selle', 'poole']);

/**
 * known: the site's own words, for splitting compounds (only parts the site uses elsewhere are
 * split off); without it, compounds are declined whole.
 */
export function nameForms(name: string, known: (word: string) => boolean = () => false): NameForms {
  const meaningful = (text: string) => wordsOf(text).filter((word) => word.length >= 3 && !SKIPPED.has(word) && !/\d/.test(word));
  // A remark in brackets ("Valdkonna koosolek (asekantsleri juhtimisel)") is no part of the
  // head: its words are declined as parts, after the name's own words.
  const words = [...meaningful(name.replace(/\([^)]*\)/g, ' ')), ...meaningful((name.match(/\([^)]*\)/g) ?? []).join(' '))];
  const headCount = meaningful(name.replace(/\([^)]*\)/g, ' ')).length;
  const last = words[headCount - 1];
  if (!last) return { head: [], parts: [] };
  const written = new Set(words);
  const head = new Set(formsOfNameWord(last));
  const parts = new Set<string>();
  for (const [index, word] of words.entries()) {
    const split = compoundParts(word, known);
    // A compound's head declines with the whole word: pensioni+poliitika → pensionipoliitikad.
    if (index === headCount - 1 && split.length > 1) {
      const prefix = word.slice(0, word.length - split.at(-1)!.length);
      for (const form of formsOfNameWord(split.at(-1)!)) head.add(prefix + form);
    }
    const own = index === headCount - 1 ? split.slice(0, -1) : [word, ...(split.length > 1 ? split.slice(0, -1) : [])];
    for (const part of own) for (const form of formsOfNameWord(part)) parts.add(form);
  }
  const novel = (form: string) => !written.has(form);
  return { head: [...head].filter(novel), parts: [...parts].filter((form) => novel(form) && !head.has(form)) };
}
