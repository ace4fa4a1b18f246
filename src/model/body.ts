import { z } from 'astro/zod';
import { entryId, source, sourceNote, text, textList } from './fields.ts';

export const BODY_CATEGORIES = ['poliitikavaldkondade sisuline juhtimine', 'administratiivne juhtimine'] as const;
export const FREQUENCY_PERIODS = ['nädal', 'kuu', 'kvartal'] as const;

export const FrequencySchema = z
  .strictObject({
    asWritten: text('Sagedus täpselt nii, nagu allikas selle kirjutab, nt „Vähemalt 2 korda kuus (iga II nädal)“.'),
    times: z.number().int().min(1).describe('Mitu koosolekut perioodis, nt 2.'),
    per: z.enum(FREQUENCY_PERIODS).describe('Periood: nädal, kuu või kvartal.'),
    qualifier: z
      .enum(['üldjuhul', 'vähemalt'])
      .describe('„üldjuhul“ või „vähemalt“, kui allikas nii ütleb.')
      .optional(),
  })
  .describe('Kui sageli kogu koguneb – andmetena ja nii, nagu allikas kirjutab.');
export type Frequency = z.output<typeof FrequencySchema>;

const ParticipantSchema = z.strictObject({
  name: text('Osaleja nii, nagu allikas kirjutab, nt „asekantslerid“.'),
  role: entryId('Rolli id, mida osaleja kannab, kui see on roll.').optional(),
  whenNeeded: z.boolean().default(false).describe('true, kui allikas ütleb „vajaduspõhiselt“.'),
  note: text('Osalejaga seotud tingimus, nt „2x kuus (I ja III T)“.').optional(),
});

export const BodySchema = z.strictObject({
  name: text('Otsustuskogu nimi, nt „Kantsleri koosolek“.'),
  organ: text('Juhtimisorgan, mille juurde otsustuskogu kuulub, nt „SoM juhtkond (va minister)“.'),
  category: z.enum(BODY_CATEGORIES).describe('Juhtimise liik, mida otsustuskogu teenib.'),
  chair: entryId('Otsustuskogu juhatava rolli id, kui allikas selle nimetab.').optional(),
  participants: z.array(ParticipantSchema).min(1).describe('Liikmed ja osalejad.'),
  participantsAsWritten: textList(
    'Liikmed/osalejad tabeli 2 sõnastuses, üks allika rida elemendi kohta, nt „Osakonnajuhataja, poliitikajuht ja/või teema omanik (vajaduspõhiselt)“; osalejate nimed selles on need, mis väljal „participants“.',
  ).optional(),
  purpose: text('Otsustuskogu eesmärk.'),
  frequency: FrequencySchema,
  order: z.number().int().min(0).describe('Rea järjekorranumber tabelis 2.'),
  note: sourceNote,
  source,
});
export type Body = z.output<typeof BodySchema>;
