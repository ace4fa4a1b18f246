import { z } from 'astro/zod';
import { source, sourceNote, text, textList } from './fields.ts';

export const GlossaryTermSchema = z.strictObject({
  term: text('Mõiste või lühend, nt „TERE“.'),
  expansion: text('Lühendi täiskuju, kui allikad selle annavad.').optional(),
  definition: text('Määratlus allikatest, kui need selle annavad.').optional(),
  variants: textList('Tekstis leiduvad käändevormid või teisendid, nt „SoMi“, „SoM-i“.').default([]),
  related: z
    .string()
    .regex(/^[a-zA-Z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'peab olema kujul „<kogu>/<id>“, nt „organizations/som“')
    .describe('Kirje, mida mõiste tähistab, kujul „<kogu>/<id>“.')
    .optional(),
  note: sourceNote,
  source,
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
