/** Edit distance between two short strings (ids, field names); a single row keeps it cheap. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * The candidates an author most likely meant: close by edit distance, or sharing a long part
 * (an author who writes "kriisijuht" means "kriisireguleerimis-ja-toimepidevuse-juht").
 */
export function closestMatches(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = value.toLowerCase();
  const words = wanted.split(/[^a-z0-9õäöüšž]+/).filter((word) => word.length >= 4);
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(wanted, lower);
    const allowed = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 3));
    if (distance <= allowed) {
      scored.push({ candidate, score: distance });
      continue;
    }
    const shared = words.filter((word) => lower.includes(word.slice(0, Math.max(4, word.length - 2)))).length;
    const prefix = commonPrefixLength(wanted, lower);
    if (shared > 0 || prefix >= 5) scored.push({ candidate, score: allowed + 10 - shared - prefix / 10 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** "Kas mõtlesid „a“ või „b“?" — or undefined when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const matches = closestMatches(value, candidates);
  if (matches.length === 0) return undefined;
  const quoted = matches.map((match) => `„${match}“`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} või ${quoted.at(-1)}`;
  return `Kas mõtlesid ${list}?`;
}
