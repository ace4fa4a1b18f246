import { z } from 'astro/zod';
import { entryId, source, sourceNote, text, textList } from './fields.ts';

const DutySchema = z.strictObject({
  number: text('Number of the duty in the job description, e.g. "3.1".'),
  duty: text('The duty (põhiülesanne) as written.'),
  expectedResults: textList('Expected results (oodatavad tulemused) of this duty.'),
});

const CompetencySchema = z.strictObject({
  name: text('Name of the competency, e.g. "Kliendikesksus"; leave out where the source gives none.').optional(),
  description: text('Description given right after the name, if any.').optional(),
  indicators: textList('Behavioural indicators listed under the competency.').default([]),
});

export const JobDescriptionSchema = z
  .strictObject({
    purpose: text('Purpose of the post (ametikoha eesmärk).'),
    duties: z.array(DutySchema).min(1).describe('Duties (teenistusülesanded) in source order.'),
    rights: textList('Rights of the post (õigused).'),
    responsibilities: textList('Responsibilities of the post (vastutus).'),
    tools: text('Work tools (töövahendid).').optional(),
    requirements: z
      .strictObject({
        education: text('Required education (haridus).').optional(),
        experience: text('Required work experience (töökogemus).').optional(),
        languages: textList('Language requirements (keeleoskus).').default([]),
        computerSkills: text('Computer skills (arvutikasutamise oskus).').optional(),
      })
      .describe('Requirements for the post (ametikohale esitatavad nõuded).'),
    competencies: z.array(CompetencySchema).describe('Competencies needed for the work (tööks vajalikud kompetentsid).'),
    additionalCompetencies: z
      .array(CompetencySchema)
      .default([])
      .describe('Additional competencies, personal qualities and knowledge.'),
    amendment: textList('Rules for amending the job description (ametijuhendi muutmine).').default([]),
    signedBy: text('Who signed the job description; leave out while unknown.').optional(),
    signerPosition: text('Post of the signer; leave out while unknown.').optional(),
  })
  .describe('The job description (ametijuhend) of the post, where the sources have one.');
export type JobDescription = z.output<typeof JobDescriptionSchema>;

export const PositionSchema = z.strictObject({
  name: text('Title of the post as the sources write it, e.g. "Kvaliteedijuht".'),
  organization: entryId('Id of the organisation where the post is.').optional(),
  unit: entryId('Id of the structural unit where the post is.').optional(),
  reportsTo: entryId('Id of the post this one reports to (vahetu juht).').optional(),
  substitutedBy: z
    .array(entryId('Id of a post that substitutes this one.'))
    .default([])
    .describe('Posts that substitute this one (kes asendab).'),
  substitutes: z
    .array(entryId('Id of a post that this one substitutes.'))
    .default([])
    .describe('Posts this one substitutes (keda asendab).'),
  roles: z.array(entryId('Id of a role.')).default([]).describe('Roles of the management system the post carries.'),
  jobDescription: JobDescriptionSchema.optional(),
  note: sourceNote,
  source,
});
export type Position = z.output<typeof PositionSchema>;
