import { z } from 'astro/zod';
import { entryId, source, sourceNote, text } from './fields.ts';

export const BODY_CATEGORIES = ['poliitikavaldkondade sisuline juhtimine', 'administratiivne juhtimine'] as const;
export const FREQUENCY_PERIODS = ['nädal', 'kuu', 'kvartal'] as const;

export const FrequencySchema = z
  .strictObject({
    asWritten: text('Frequency exactly as the source writes it, e.g. "Vähemalt 2 korda kuus (iga II nädal)".'),
    times: z.number().int().min(1).describe('How many meetings per period, e.g. 2.'),
    per: z.enum(FREQUENCY_PERIODS).describe('The period: nädal, kuu or kvartal.'),
    qualifier: z
      .enum(['üldjuhul', 'vähemalt'])
      .describe('"üldjuhul" (as a rule) or "vähemalt" (at least), where the source says so.')
      .optional(),
  })
  .describe('How often the body meets, as data and as written.');
export type Frequency = z.output<typeof FrequencySchema>;

const ParticipantSchema = z.strictObject({
  name: text('Participant as the source writes it, e.g. "asekantslerid".'),
  role: entryId('Id of the role the participant holds, where it is one.').optional(),
  whenNeeded: z.boolean().default(false).describe('True where the source says "vajaduspõhiselt".'),
  note: text('Condition attached to the participant, e.g. "2x kuus (I ja III T)".').optional(),
});

export const BodySchema = z.strictObject({
  name: text('Name of the decision forum (otsustuskogu), e.g. "Kantsleri koosolek".'),
  organ: text('Governing organ (juhtimisorgan) the forum belongs to, e.g. "SoM juhtkond (va minister)".'),
  category: z.enum(BODY_CATEGORIES).describe('Kind of management the forum serves.'),
  chair: entryId('Id of the role that chairs the forum, where the source says.').optional(),
  participants: z.array(ParticipantSchema).min(1).describe('Members and participants (liikmed/osalejad).'),
  purpose: text('Purpose (eesmärk) of the forum.'),
  frequency: FrequencySchema,
  order: z.number().int().min(0).describe('Row order in Table 2.'),
  note: sourceNote,
  source,
});
export type Body = z.output<typeof BodySchema>;
