import { z } from 'astro/zod';
import { entryId, SLUG_PATTERN, source, sourceNote, text, textList } from './fields.ts';

export const PolicyDomainSchema = z.strictObject({
  name: text('Poliitikaala nimi, nt „Terviseala“.'),
  order: z.number().int().min(0).describe('Poliitikaala järjekorranumber taksonoomias.'),
  groups: z
    .array(
      z.strictObject({
        id: z.string().regex(SLUG_PATTERN).describe('Rühma id, poliitikaala piires kordumatu.'),
        name: text('Rühma nimi, nt „Vaimne tervis“.'),
      }),
    )
    .default([])
    .describe('Poliitikavaldkondade rühmad poliitikaala sees, taksonoomia slaidi järjekorras.'),
  source,
});
export type PolicyDomain = z.output<typeof PolicyDomainSchema>;

export const PolicyAreaSchema = z.strictObject({
  name: text('Poliitikavaldkonna nimi, nt „Vaimse tervise poliitika“.'),
  domain: entryId('Poliitikaala id.'),
  group: z.string().regex(SLUG_PATTERN).describe('Rühma id poliitikaala sees, kui valdkond kuulub rühma.').optional(),
  horizontal: z.boolean().describe('Kas valdkond on horisontaalne (valdkonnaülene) poliitika.'),
  order: z.number().int().min(0).describe('Valdkonna järjekorranumber oma rühmas taksonoomia slaidil.'),
  lead: entryId('Poliitikajuhi ametikoha id, kui see on teada.').optional(),
  coreTeam: z.array(entryId('Ametikoha id.')).default([]).describe('Tuumiktiimi ametikohad, kui need on teada.'),
  goals: textList('Poliitikavaldkonna eesmärgid (poliitikakaart).').default([]),
  metrics: textList('Poliitikavaldkonna mõõdikud (poliitikakaart).').default([]),
  relatedPolicies: z.array(entryId('Poliitikavaldkonna id.')).default([]).describe('Seotud poliitikavaldkonnad.'),
  legalActs: textList('Valdkonda reguleerivad õigusaktid.').default([]),
  informationSystems: textList('Valdkonna infosüsteemid.').default([]),
  note: sourceNote,
  source,
});
export type PolicyArea = z.output<typeof PolicyAreaSchema>;
