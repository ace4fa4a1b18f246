import { z } from 'astro/zod';
import { entryId, source, sourceNote, text } from './fields.ts';

export const UNIT_KINDS = ['osakond', 'ühisosakond', 'talitus'] as const;

export const UnitSchema = z.strictObject({
  name: text('Struktuuriüksuse nimi, nt „Teenuste osakond“.'),
  kind: z.enum(UNIT_KINDS).describe('Üksuse liik: osakond, ühisosakond või talitus.'),
  organization: entryId('Selle asutuse id, kuhu üksus kuulub.'),
  parent: entryId('Selle üksuse id, mille osa see üksus on, nt talitus osakonna sees.').optional(),
  note: sourceNote,
  source,
});
export type Unit = z.output<typeof UnitSchema>;
