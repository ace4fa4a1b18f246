import { z } from 'astro/zod';
import { source, text, textList } from './fields.ts';

export const ScorecardAreaSchema = z.strictObject({
  area: text('Tulemusvaldkond, nt „KLIENT“.'),
  order: z.number().int().min(0).describe('Rea järjekorranumber tulemuskaardil.'),
  indicators: textList('Tulemusnäitajad või mõõdikud.'),
  source,
});
export type ScorecardArea = z.output<typeof ScorecardAreaSchema>;
