import { z } from 'astro/zod';
import { entryId, source, sourceNote, text, textList } from './fields.ts';

export const SupportServiceSchema = z.strictObject({
  name: text('Tugiteenuse nimi, nt „Strateegiline planeerimine“.'),
  goal: textList('Tugiteenuse eesmärk, üks lõik või lause elemendi kohta nagu allikas.'),
  lead: entryId('Teenust juhtiva ametikoha id, kui allikas selle nimetab.').optional(),
  order: z.number().int().min(0).describe('Rea järjekorranumber S1 ptk 3.2 tabelis.'),
  note: sourceNote,
  source,
});
export type SupportService = z.output<typeof SupportServiceSchema>;
