import { z } from 'astro/zod';
import { entryId, source, sourceNote, text, textList } from './fields.ts';

export const SupportServiceSchema = z.strictObject({
  name: text('Name of the support service (tugiteenus), e.g. "Strateegiline planeerimine".'),
  goal: textList('Goal (eesmärk) of the support service, one paragraph or sentence per item as in the source.'),
  lead: entryId('Id of the post that leads the service, where the source names one.').optional(),
  order: z.number().int().min(0).describe('Row order in the table of S1 ptk 3.2.'),
  note: sourceNote,
  source,
});
export type SupportService = z.output<typeof SupportServiceSchema>;
