// The mentions the check makes for the entry pages (src/site/handbook-mentions.ts), from entries alone: no built site.
import { describe, expect, it } from 'vitest';
import { indexHandbook } from '../../src/graph/entry-index.ts';
import { storedBody } from '../../src/loading/handbook-loader.ts';
import { handbookMentions } from '../../src/site/handbook-mentions.ts';
import { partialEntry as entry } from '../support/partial-entry.ts';

/** A handbook of two named entries and one background page (Markdown) with that body. */
function handbookWith(body: string) {
  return indexHandbook([
    entry('positions', 'kvaliteedijuht', { name: 'Kvaliteedijuht' }),
    entry('processes', 'p15', { code: 'P15', name: 'Poliitikajuhtimise protsess' }),
    entry('pages', 'taust', { title: 'Taust' }, body),
  ]);
}

describe('handbookMentions', () => {
  // Bodies as read from their files; Astro's collections hold them trimmed, and the pages show what those say.
  const bodies = [
    '\n\nP15 omanik on kvaliteedijuht.\n\n## Kokkuvõte\n\nKvaliteedijuht vaatab P15 üle.  \n\n',
    '\r\n \r\nP15 omanik on kvaliteedijuht.\r\n',
    // Trimmed, the indented first line is a paragraph; as read from the file it is code.
    '\n    P15 omanik on kvaliteedijuht.\n',
    '\n\u00a0\nP15 omanik on kvaliteedijuht.\n',
    'P15 omanik on kvaliteedijuht.\n\n    kood, mitte lause\n',
  ];

  it.each(bodies)('finds in %j what the stored body says', (body) => {
    expect(handbookMentions(handbookWith(body))).toEqual(handbookMentions(handbookWith(storedBody(body))));
    expect(handbookMentions(handbookWith(body))['positions/kvaliteedijuht']?.length).toBeGreaterThan(0);
  });
});
