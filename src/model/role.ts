import { z } from 'astro/zod';
import { DirectiveSchema, entryId, reviewSchedule, source, sourceNote, text, textList } from './fields.ts';

export const ROLE_SCOPES = ['SoM', 'asutus', 'SKA'] as const;
export const ROLE_KINDS = ['juhtimistasand', 'koostöömudel', 'rollikaart'] as const;

const DutyGroupSchema = z.strictObject({
  heading: text('The hat the duties are worn under as the source writes it, e.g. "Ülesanded ja vastutus portfellijuhina".'),
  duties: z
    .array(
      z.union([
        text('One duty.'),
        z.strictObject({ duty: text('A duty that has a nested list.'), items: textList('The nested list.') }),
      ]),
    )
    .describe('Duties in source order; a duty with a nested list is written as { duty, items }.'),
});

const TargetGroupSchema = z.strictObject({
  name: text('Target group as written on the role card, e.g. "poliitikajuhid".'),
  role: entryId('Id of the role this target group is, where it is one.').optional(),
});

export const RoleCardSchema = z
  .strictObject({
    whyNeeded: text('Miks on ametikohta vaja? — why the post is needed.'),
    functionsAsWritten: text('Milliseid rolle täidab? — the functions exactly as listed on the card.'),
    functions: z
      .array(entryId('Id of a role function.'))
      .default([])
      .describe('The listed functions as ids of role functions (rollide seletav sõnaraamat).'),
    workGoal: text('Töö eesmärk ja seos riiklike suundadega.'),
    benefit: text('Ametikoha kasu riigi / KOV / SKA / kliendi vaates.'),
    targetGroups: z.array(TargetGroupSchema).describe('Otsesed sihtgrupid — direct target groups.'),
    competencies: textList('Vajalikud kompetentsid — required competencies.'),
    jobFamily: text('Tööpere 2024 — job family and level.'),
    jobFamilyNote: text('Explanation printed under the job family, if any.').optional(),
    approval: DirectiveSchema.describe('The directive that approved the role cards; unknown parts stay out.'),
    ...reviewSchedule,
  })
  .describe('The role-card fields (SKA rollikaart 2024).');
export type RoleCard = z.output<typeof RoleCardSchema>;

export const RoleSchema = z.strictObject({
  name: text('Name of the role, e.g. "Poliitikajuht".'),
  kind: z.enum(ROLE_KINDS).describe('Management level of Table 1, role of the cooperation model, or an SKA role card.'),
  scope: z.enum(ROLE_SCOPES).describe('Where the role applies: the ministry, an agency, or SKA; leave out where the sources do not say.').optional(),
  order: z.number().int().min(0).describe('Position in lists of roles of the same kind (e.g. the rows of Table 1).'),
  alsoCalled: textList('Other names the sources use for the role.').default([]),
  levelDescription: textList('Description lines in Table 1 (ministeeriumi juhtimistasandid).').default([]),
  levelNote: text('The NB note under the role in Table 1.').optional(),
  annex: text('Annex of S1 that describes the role in detail, e.g. "LISA 1".').optional(),
  summary: text('Opening paragraph of the annex describing the role.').optional(),
  dutyGroups: z.array(DutyGroupSchema).default([]).describe('Duties and responsibilities, grouped by hat.'),
  overview: text('Description from the slides on service-based management (rollide tabel).').optional(),
  overviewNote: text('Footnote under the role in the slides.').optional(),
  card: RoleCardSchema.optional(),
  note: sourceNote,
  source,
});
export type Role = z.output<typeof RoleSchema>;
