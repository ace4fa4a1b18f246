import { z } from 'astro/zod';
import { source, text, textList } from './fields.ts';

export const ScorecardAreaSchema = z.strictObject({
  area: text('Performance area (tulemusvaldkond), e.g. "KLIENT".'),
  order: z.number().int().min(0).describe('Row order in the scorecard.'),
  indicators: textList('Indicators or metrics (tulemusnäitaja / mõõdik).'),
  source,
});
export type ScorecardArea = z.output<typeof ScorecardAreaSchema>;
