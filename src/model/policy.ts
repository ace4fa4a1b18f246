import { z } from 'astro/zod';
import { entryId, SLUG_PATTERN, source, sourceNote, text, textList } from './fields.ts';

export const PolicyDomainSchema = z.strictObject({
  name: text('Name of the domain, e.g. "Terviseala".'),
  order: z.number().int().min(0).describe('Position of the domain in the taxonomy.'),
  groups: z
    .array(
      z.strictObject({
        id: z.string().regex(SLUG_PATTERN).describe('Id of the group, unique within the domain.'),
        name: text('Name of the group, e.g. "Vaimne tervis".'),
      }),
    )
    .default([])
    .describe('Groups of policy areas inside the domain, in the order of the taxonomy slide.'),
  source,
});
export type PolicyDomain = z.output<typeof PolicyDomainSchema>;

export const PolicyAreaSchema = z.strictObject({
  name: text('Name of the policy area (poliitikavaldkond), e.g. "Vaimse tervise poliitika".'),
  domain: entryId('Id of the policy domain.'),
  group: z.string().regex(SLUG_PATTERN).describe('Id of the group inside the domain, where the area has one.').optional(),
  horizontal: z.boolean().describe('Whether the area is a horizontal (cross-cutting) policy.'),
  order: z.number().int().min(0).describe('Position of the area inside its group on the taxonomy slide.'),
  lead: entryId('Id of the post of the policy lead (poliitikajuht), where known.').optional(),
  coreTeam: z.array(entryId('Id of a post.')).default([]).describe('Posts in the core team (tuumiktiim), where known.'),
  goals: textList('Goals of the policy area (policy card).').default([]),
  metrics: textList('Metrics of the policy area (policy card).').default([]),
  relatedPolicies: z.array(entryId('Id of a policy area.')).default([]).describe('Related policy areas.'),
  legalActs: textList('Legal acts that govern the area.').default([]),
  informationSystems: textList('Information systems of the area.').default([]),
  note: sourceNote,
  source,
});
export type PolicyArea = z.output<typeof PolicyAreaSchema>;
