/** Estonian labels for field names and relations, as readers see them. One mapping, kept here. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Nimetus', shortName: 'Lühend', kind: 'Liik', parent: 'Kuulub', organization: 'Asutus', unit: 'Struktuuriüksus',
  reportsTo: 'Vahetu juht', substitutedBy: 'Kes asendab', substitutes: 'Keda asendab', roles: 'Rollid',
  jobDescription: 'Ametijuhend', purpose: 'Ametikoha eesmärk', duties: 'Teenistusülesanded', number: 'Nr', duty: 'Põhiülesanne',
  expectedResults: 'Oodatavad tulemused', rights: 'Õigused', responsibilities: 'Vastutus', tools: 'Töövahendid',
  requirements: 'Ametikohale esitatavad nõuded', education: 'Haridus', experience: 'Töökogemus', languages: 'Keeleoskus',
  computerSkills: 'Arvutikasutamise oskus', competencies: 'Kompetentsid', additionalCompetencies: 'Täiendavad kompetentsid, isikuomadused ja teadmised',
  indicators: 'Näitajad', description: 'Kirjeldus', amendment: 'Ametijuhendi muutmine', signedBy: 'Allkirjastaja', signerPosition: 'Allkirjastaja ametikoht',
  scope: 'Ulatus', alsoCalled: 'Ka nimetatud', levelLabel: 'Nimetus tabelis 1', levelDescription: 'Juhtimistasandi kirjeldus (tabel 1)', levelNote: 'NB!', annex: 'Lisa',
  summary: 'Roll', dutyGroups: 'Ülesanded ja vastutus', heading: 'Pealkiri', items: 'Alampunktid', overview: 'Kirjeldus slaididel', overviewNote: 'Märkus',
  card: 'Rollikaart', whyNeeded: 'Miks on ametikohta vaja?', functionsAsWritten: 'Milliseid rolle täidab?', functions: 'Rollifunktsioonid',
  workGoal: 'Töö eesmärk ja seos riiklike suundadega', benefit: 'Ametikoha kasu riigi / KOV / SKA / kliendi vaates', targetGroups: 'Otsesed sihtgrupid',
  role: 'Roll', jobFamily: 'Tööpere 2024', jobFamilyNote: 'Selgitus', approval: 'Kinnitamine', date: 'Kuupäev',
  definition: 'Definitsioon', code: 'Kood', status: 'Staatus', owner: 'Omanik', supportService: 'Tugiteenus', partOf: 'Osa protsessist',
  guides: 'Juhendid', subject: 'Sisu', citedIn: 'Viidatud', version: 'Versioon', lastReview: 'Viimane ülevaatus', statusSince: 'Staatus alates',
  reviewIntervalMonths: 'Ülevaatuse intervall (kuud)', goal: 'Eesmärk', lead: 'Juht', groups: 'Rühmad', id: 'Tunnus', domain: 'Poliitikaala',
  group: 'Rühm', horizontal: 'Horisontaalpoliitika', coreTeam: 'Tuumiktiim', goals: 'Eesmärgid', metrics: 'Mõõdikud',
  relatedPolicies: 'Seotud poliitikad', legalActs: 'Õigusaktid', informationSystems: 'Infosüsteemid', organ: 'Juhtimisorgan',
  category: 'Juhtimise liik', chair: 'Juhib', participants: 'Liikmed/osalejad', participantsAsWritten: 'Liikmed/osalejad tabelis 2', whenNeeded: 'Vajaduspõhiselt',
  frequency: 'Regulaarsus', asWritten: 'Lähtetekstis', times: 'Kordi', per: 'Perioodis', qualifier: 'Täpsustus',
  term: 'Mõiste', expansion: 'Täiskuju', variants: 'Vormid tekstis', related: 'Seotud kirje', area: 'Tulemusvaldkond',
  designation: 'Tähis', title: 'Pealkiri', author: 'Koostanud', changeNotes: 'Muudatused', replaces: 'Asendab',
  subtitle: 'Alapealkiri', presented: 'Esitatud', presentedOn: 'Kuupäev', period: 'Periood', from: 'Algus', to: 'Lõpp',
  goalsHeading: 'Eesmärkide pealkiri', goalStatement: 'Eesmärk', metricsHeading: 'Mõõdikute pealkiri', goalsRemark: 'Märkus mõõdikute juures', metric: 'Mõõdik', target: 'Sihttase', timeline: 'Ajakava', year: 'Aasta',
  relatedPolicyAreas: 'Seotud poliitikavaldkonnad', note: 'Märkus allika kohta', sourceNote: 'Märkus allika kohta', source: 'Allikas',
};

/** Headings for backlinks, by the inverse name of the relation (see model/references.ts). */
export const INVERSE_LABELS: Record<string, string> = {
  hasPart: 'Koosneb', hasUnit: 'Struktuuriüksused', hasPost: 'Ametikohad', manages: 'Alluvad ametikohad',
  substitutes: 'Asendab', substitutedBy: 'Asendajad', carriedBy: 'Ametikohad, mis kannavad seda rolli',
  performedBy: 'Rollikaardid, kus see funktsioon on', servedBy: 'Kelle sihtgrupp', owns: 'Omab',
  hasProcess: 'Protsessid', leads: 'Juhib', hasArea: 'Poliitikavaldkonnad', inCoreTeamOf: 'Tuumiktiimi liige',
  relatedFrom: 'Seotud poliitikad', chairs: 'Juhib kogusid', participatesIn: 'Osaleb juhtimisorganites',
  mentionedIn: 'Viidatud', hasChapter: 'Peatükid',
};
