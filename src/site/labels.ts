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
  role: 'Roll', jobFamily: 'Tööpere 2024', jobFamilyNote: 'Selgitus', approval: 'Kinnitatud käskkirjaga', date: 'Kuupäev',
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

/**
 * Headings for backlinks: what links to the entry a page shows, said as a sentence about it. The
 * wording depends on the relation and on the collection the links come from, so it is keyed by
 * both ("processes.owns": the processes whose owner is this post), and where one relation comes
 * into two collections, by the target too ("positions.hasPost.units"). Every reference field of
 * model/references.ts has one; a test keeps it so.
 */
export const BACKLINK_HEADINGS: Record<string, string> = {
  'organizations.hasPart': 'Asutused, mis kuuluvad selle asutuse alla',
  'units.hasUnit': 'Selle asutuse struktuuriüksused',
  'units.hasPart': 'Selle üksuse allüksused',
  'positions.hasPost.organizations': 'Selle asutuse ametikohad',
  'positions.hasPost.units': 'Selle üksuse ametikohad',
  'positions.manages': 'Ametikohad, mille vahetu juht see ametikoht on',
  'positions.substitutes': 'Ametikohad, mida see ametikoht asendab',
  'positions.substitutedBy': 'Ametikohad, mis asendavad seda ametikohta',
  'positions.carriedBy': 'Ametikohad, millel on see roll',
  'roles.performedBy': 'Rollikaardid, kus see rollifunktsioon on nimetatud',
  'roles.servedBy': 'Rollikaardid, mille otseste sihtgruppide hulgas see roll on',
  'processes.owns': 'Protsessid, mille omanik on see ametikoht',
  'processes.hasProcess': 'Selle tugiteenuse protsessid',
  'processes.hasPart': 'Protsessid, mida kirjeldatakse selle protsessi osana',
  'supportServices.leads': 'Tugiteenused, mida see ametikoht juhib',
  'policyAreas.hasArea': 'Selle poliitikaala poliitikavaldkonnad',
  'policyAreas.leads': 'Poliitikavaldkonnad, mille poliitikajuht see ametikoht on',
  'policyAreas.inCoreTeamOf': 'Poliitikavaldkonnad, mille tuumiktiimi see ametikoht kuulub',
  'policyAreas.relatedFrom': 'Poliitikavaldkonnad, mis nimetavad seda seotud poliitikana',
  'bodies.chairs': 'Kogud, mida see roll juhib',
  'bodies.participatesIn': 'Kogud, kus see roll osaleb',
  'initiatives.owns': 'Algatused, mida see ametikoht juhib',
  'initiatives.servedBy': 'Algatused, mis on seotud selle poliitikavaldkonnaga',
  'handbook.hasChapter': 'Selle dokumendi peatükid',
  'handbook.mentionedIn': 'Käsiraamatu peatükid, mis sellele viitavad',
  'pages.mentionedIn': 'Taustamaterjalid, mis sellele viitavad',
  'initiatives.mentionedIn': 'Algatused, mille tekst sellele viitab',
};

/** The heading over the links that come to an entry of `to` from `from` entries by the relation `inverse`. */
export function backlinkHeading(from: string, inverse: string, to: string): string {
  return BACKLINK_HEADINGS[`${from}.${inverse}.${to}`] ?? BACKLINK_HEADINGS[`${from}.${inverse}`] ?? 'Kirjed, mis sellele viitavad';
}
