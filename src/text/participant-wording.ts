/**
 * Table 2 of S1 writes a forum's participants as lines of text ("Osakonnajuhataja, poliitikajuht
 * ja/või teema omanik (vajaduspõhiselt)"); the data splits them into participants so that each
 * role links to the forum. To show S1's words and still link the roles, a line is cut into
 * pieces: plain text, and the places where a participant's name stands.
 */
export interface WordingPiece {
  text: string;
  /** Index into the participants whose name this piece is. */
  participant?: number;
}

const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Where `name` stands in `line` as a whole word (so "kantsler" is not found inside "asekantsler"). */
function findWhole(line: string, name: string, from: number): number {
  for (let at = line.indexOf(name, from); at !== -1; at = line.indexOf(name, at + 1)) {
    if (!isLetter(line[at - 1]) && !isLetter(line[at + name.length])) return at;
  }
  return -1;
}

/**
 * Cuts `line` into pieces, marking the first whole-word place of each participant's name that
 * no earlier piece took; longer names win where names overlap. Joining the pieces' text gives
 * the line back unchanged.
 */
export function pieceWording(line: string, names: readonly string[], taken: Set<number> = new Set()): WordingPiece[] {
  const places: { at: number; end: number; participant: number }[] = [];
  const order = names.map((name, index) => ({ name, index })).sort((a, b) => b.name.length - a.name.length);
  for (const { name, index } of order) {
    if (!name || taken.has(index)) continue;
    for (let at = findWhole(line, name, 0); at !== -1; at = findWhole(line, name, at + 1)) {
      const end = at + name.length;
      if (places.some((place) => at < place.end && end > place.at)) continue;
      places.push({ at, end, participant: index });
      taken.add(index);
      break;
    }
  }
  places.sort((a, b) => a.at - b.at);
  const pieces: WordingPiece[] = [];
  let cursor = 0;
  for (const place of places) {
    if (place.at > cursor) pieces.push({ text: line.slice(cursor, place.at) });
    pieces.push({ text: line.slice(place.at, place.end), participant: place.participant });
    cursor = place.end;
  }
  if (cursor < line.length) pieces.push({ text: line.slice(cursor) });
  return pieces;
}

/** Every line of the wording cut into pieces; a participant is marked once, where it first stands. */
export function pieceWordingLines(lines: readonly string[], names: readonly string[]): WordingPiece[][] {
  const taken = new Set<number>();
  return lines.map((line) => pieceWording(line, names, taken));
}

/** The participants whose names the wording never mentions: the two fields have drifted apart. */
export function namesMissingFrom(lines: readonly string[], names: readonly string[]): string[] {
  const taken = new Set<number>();
  for (const line of lines) pieceWording(line, names, taken);
  return names.filter((_, index) => !taken.has(index));
}
