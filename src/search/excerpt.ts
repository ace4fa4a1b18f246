/**
 * A search result's excerpt without the page's own title in front of it. Pagefind indexes the
 * heading as page text, so the excerpt of an entry usually begins with its name, which the result
 * already shows as its title. The excerpt (page text escaped as HTML, matches in <mark>) is cut
 * after the title and its full stop only when a match remains in what follows, so an excerpt
 * always shows a word that matched.
 */
export function excerptAfterTitle(excerpt: string, title: string): string {
  const want = `${title}.`.toLocaleLowerCase('et');
  let at = 0;
  let seen = '';
  // Walk the excerpt as text: tags take no room, an entity is the one character it stands for.
  while (at < excerpt.length && seen.length < want.length) {
    const tag = /^<\/?mark>/.exec(excerpt.slice(at));
    if (tag) {
      at += tag[0].length;
      continue;
    }
    const entity = /^&(amp|lt|gt|quot|#39|#x27);/.exec(excerpt.slice(at));
    seen += entity ? ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" } as Record<string, string>)[entity[1]!] : excerpt[at];
    at += entity ? entity[0].length : 1;
  }
  if (seen.toLocaleLowerCase('et') !== want) return excerpt;
  // A mark opened inside the title closes right after its full stop ("<mark>Hankeprotsess.</mark>").
  const closing = /^<\/mark>/.exec(excerpt.slice(at));
  const rest = excerpt.slice(at + (closing ? closing[0].length : 0)).trimStart();
  return rest.includes('<mark>') ? rest : excerpt;
}
