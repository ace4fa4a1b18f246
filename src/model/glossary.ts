import { z } from 'astro/zod';
import { source, sourceNote, text, textList } from './fields.ts';

export const GlossaryTermSchema = z.strictObject({
  term: text('The term or abbreviation, e.g. "TERE".'),
  expansion: text('What the abbreviation stands for, where the sources say so.').optional(),
  definition: text('Definition from the sources, where they give one.').optional(),
  variants: textList('Inflected or alternative forms found in the text, e.g. "SoMi", "SoM-i".').default([]),
  related: z
    .string()
    .regex(/^[a-zA-Z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'peab olema kujul „<kogu>/<id>“, nt „organizations/som“')
    .describe('Entry the term stands for, as "<collection>/<id>".')
    .optional(),
  note: sourceNote,
  source,
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
