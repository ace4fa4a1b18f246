/**
 * A role card lists its functions in its own words ("Protsesside looja, kujundaja, juht ja
 * disainmõtlemise meetodil kasutajakogemuse parendaja"), and the data names the glossary entries
 * they are. To show the card's words once and still link each function to its definition, the
 * wording is cut into pieces: plain text, and the places where a function stands.
 */
export interface FunctionPiece {
  text: string;
  /** Id of the function this piece names. */
  function?: string;
}

export interface FunctionWording {
  pieces: FunctionPiece[];
  /** Functions whose name the wording does not contain (e.g. "Juhib inimesi" for "Inimeste juht"). */
  unplaced: string[];
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Where `word` stands in `text` as a whole word, case aside, at or after `from`, outside `taken`. */
function findWord(text: string, word: string, taken: readonly { at: number; end: number }[]): number {
  const haystack = text.toLocaleLowerCase('et');
  const needle = word.toLocaleLowerCase('et');
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
    if (taken.some((place) => at < place.end && end > place.at)) continue;
    return at;
  }
  return -1;
}

/**
 * Marks each function where its full name stands; a function not found so is looked for by its
 * last word, as the cards shorten a series ("Protsesside algataja, juht ja vastutaja"). Joining
 * the pieces' text gives the wording back unchanged.
 */
export function placeFunctions(wording: string, functions: readonly { id: string; name: string }[]): FunctionWording {
  const places: { at: number; end: number; function: string }[] = [];
  const place = (id: string, word: string): boolean => {
    const at = findWord(wording, word, places);
    if (at === -1) return false;
    places.push({ at, end: at + word.length, function: id });
    return true;
  };
  const longestFirst = [...functions].sort((a, b) => b.name.length - a.name.length);
  const rest = longestFirst.filter((fn) => !place(fn.id, fn.name));
  const unplaced = rest.filter((fn) => {
    const words = fn.name.split(/\s+/);
    return words.length < 2 || !place(fn.id, words.at(-1)!);
  });
  places.sort((a, b) => a.at - b.at);
  const pieces: FunctionPiece[] = [];
  let cursor = 0;
  for (const { at, end, function: id } of places) {
    if (at > cursor) pieces.push({ text: wording.slice(cursor, at) });
    pieces.push({ text: wording.slice(at, end), function: id });
    cursor = end;
  }
  if (cursor < wording.length) pieces.push({ text: wording.slice(cursor) });
  const order = new Map(functions.map((fn, index) => [fn.id, index]));
  return { pieces, unplaced: unplaced.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map((fn) => fn.id) };
}
