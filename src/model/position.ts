import { z } from 'astro/zod';
import { entryId, source, sourceNote, text, textList } from './fields.ts';

const DutySchema = z.strictObject({
  number: text('Ülesande number ametijuhendis, nt „3.1“.'),
  duty: text('Põhiülesanne nii, nagu see on kirjas.'),
  expectedResults: textList('Selle ülesande oodatavad tulemused.'),
});

const CompetencySchema = z.strictObject({
  name: text('Kompetentsi nimi, nt „Kliendikesksus“; jäta välja, kui allikas nime ei anna.').optional(),
  description: text('Kirjeldus vahetult nime järel, kui see on olemas.').optional(),
  indicators: textList('Kompetentsi all loetletud käitumisnäitajad.').default([]),
});

export const JobDescriptionSchema = z
  .strictObject({
    purpose: text('Ametikoha eesmärk.'),
    duties: z.array(DutySchema).min(1).describe('Teenistusülesanded allika järjekorras.'),
    rights: textList('Ametikoha õigused.'),
    responsibilities: textList('Ametikoha vastutus.'),
    tools: text('Töövahendid.').optional(),
    requirements: z
      .strictObject({
        education: text('Nõutav haridus.').optional(),
        experience: text('Nõutav töökogemus.').optional(),
        languages: textList('Nõutav keeleoskus.').default([]),
        computerSkills: text('Arvutikasutamise oskus.').optional(),
      })
      .describe('Ametikohale esitatavad nõuded.'),
    competencies: z.array(CompetencySchema).describe('Tööks vajalikud kompetentsid.'),
    additionalCompetencies: z
      .array(CompetencySchema)
      .default([])
      .describe('Lisakompetentsid, isikuomadused ja teadmised.'),
    amendment: textList('Ametijuhendi muutmise kord.').default([]),
    signedBy: text('Kes ametijuhendi allkirjastas; jäta välja, kuni see pole teada.').optional(),
    signerPosition: text('Allkirjastaja ametikoht; jäta välja, kuni see pole teada.').optional(),
  })
  .describe('Ametikoha ametijuhend, kui see on allikates olemas.');
export type JobDescription = z.output<typeof JobDescriptionSchema>;

export const PositionSchema = z.strictObject({
  name: text('Ametikoha nimetus nii, nagu allikad selle kirjutavad, nt „Kvaliteedijuht“.'),
  organization: entryId('Selle asutuse id, kus ametikoht asub.').optional(),
  unit: entryId('Selle struktuuriüksuse id, kus ametikoht asub.').optional(),
  reportsTo: entryId('Vahetu juhi ametikoha id.').optional(),
  substitutedBy: z
    .array(entryId('Seda ametikohta asendava ametikoha id.'))
    .default([])
    .describe('Ametikohad, mis seda ametikohta asendavad (kes asendab).'),
  substitutes: z
    .array(entryId('Selle ametikoha id, mida see ametikoht asendab.'))
    .default([])
    .describe('Ametikohad, mida see ametikoht asendab (keda asendab).'),
  roles: z.array(entryId('Rolli id.')).default([]).describe('Juhtimissüsteemi rollid, mida ametikoht kannab.'),
  jobDescription: JobDescriptionSchema.optional(),
  note: sourceNote,
  source,
});
export type Position = z.output<typeof PositionSchema>;
