/**
 * A problem found in the content. Codes are permanent (people search for them); messages are
 * full sentences that name the field and the bad value as written, so an author can act on them.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Path of the file relative to the content root's parent, e.g. "content/processes/p13.yaml"; for the built site, the page's URL. */
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  hint?: string | undefined;
}

/** The catalogue: every code, its severity and what it means, in the words of the quality manager's guide. */
export const PROBLEM_CATALOGUE = {
  // Reading files
  InvalidContentRoot: { severity: 'error', meaning: 'Sisukausta (content/ või VAJS_CONTENT_DIR) ei ole või see ei ole kaust.' },
  NotARegularFile: { severity: 'error', meaning: 'Sisukaustas on sümbollink, nimega toru, sokkel või seade, mitte tavaline fail või kaust.' },
  UnreadableFile: { severity: 'error', meaning: 'Sisukausta faili või kausta ei saa lugeda (õigused, või see kadus lugemise ajal).' },
  FileTooLarge: { severity: 'error', meaning: 'Kirje fail on suurem, kui üks kirje mõistlikult olla saab.' },
  InvalidEncoding: { severity: 'error', meaning: 'Fail ei ole korrektne UTF-8 tekst.' },
  InvalidYaml: { severity: 'error', meaning: 'YAML-faili või päist ei saa lugeda.' },
  UnsupportedYaml: { severity: 'error', meaning: 'YAML kasutab ankrut, viidet (alias) või ilmutatud silti, mida sisu kunagi ei vaja.' },
  EmptyFile: { severity: 'error', meaning: 'Failis pole andmeid.' },
  NotAMap: { severity: 'error', meaning: 'Andmed või päis ei ole väljade kogum.' },
  MissingFrontmatter: { severity: 'error', meaning: 'Markdown/MDX-kirje ei alga päisega (--- plokk).' },
  InvalidFileName: { severity: 'error', meaning: 'Failinimi ei ole väiketähtede ja sidekriipsudega id.' },
  UnexpectedFile: { severity: 'error', meaning: 'Kogu kaustas on fail, mille ehitus jätaks vaikides vahele.' },
  UnknownFolder: { severity: 'warning', meaning: 'Sisukaustas on kaust, mis pole ükski kogu.' },
  // Shape (schema)
  MissingField: { severity: 'error', meaning: 'Kohustuslik väli puudub.' },
  UnknownField: { severity: 'error', meaning: 'Väli, mida skeem ei tunne.' },
  InvalidValue: { severity: 'error', meaning: 'Välja väärtus on vale kujuga.' },
  // Integrity (graph)
  UnknownReference: { severity: 'error', meaning: 'Väli viitab kirjele, mida ei ole.' },
  UnknownInlineReference: { severity: 'error', meaning: 'Teksti ref:-link viitab kirjele, mida ei ole.' },
  InvalidInlineReference: { severity: 'error', meaning: 'Teksti ref:-link ei ole kujul ref:<kogu>/<id>.' },
  UnknownPolicyGroup: { severity: 'error', meaning: 'Poliitikavaldkond nimetab rühma, mida tema valdkonnas ei ole.' },
  DuplicateProcessCode: { severity: 'error', meaning: 'Kahel protsessil on sama kood.' },
  ProcessCodeMismatch: { severity: 'error', meaning: 'Koodiga protsessi failinimi ei ole tema kood.' },
  DuplicateGlossaryTerm: { severity: 'error', meaning: 'Kaks mõistekirjet määratlevad sama mõiste.' },
  DuplicateGuideCode: { severity: 'error', meaning: 'Kahel juhendil on sama kood.' },
  GuideProcessMismatch: { severity: 'error', meaning: 'Juhend on protsessi all, mille koodiga juhendi kood ei alga.' },
  UnknownGuideProcess: { severity: 'error', meaning: 'Juhendi kood Pnn_Jnn viitab protsessile Pnn, mida ei ole.' },
  ReportsToCycle: { severity: 'error', meaning: 'Ametikohad alluvad üksteisele ringiratast.' },
  UnfilledPlaceholder: { severity: 'error', meaning: 'Sisusse on jäänud täitmata mallikoht, nt {regNumber}.' },
  UnsafeHtml: { severity: 'error', meaning: 'Tekstis on toores HTML, mille puhastaja eemaldaks: element või atribuut, mida lubatute loendis ei ole.' },
  UnsafeUrl: { severity: 'error', meaning: 'Teksti lingil, pildil või HTML-atribuudil on aadress, mille skeem ei ole lubatud (javascript:, data:, vbscript: …).' },
  ProseImport: { severity: 'error', meaning: 'MDX-peatükis on import- või export-lause.' },
  ProseExpression: { severity: 'error', meaning: 'MDX-peatükis on {…}-avaldis, avaldisega atribuut või laiali laotatud atribuut.' },
  InvalidMdx: { severity: 'error', meaning: 'MDX-peatükki ei saa lugeda (sulgemata silt või sulg).' },
  UnknownComponent: { severity: 'error', meaning: 'MDX-peatükk kasutab komponenti, mida saidil ei ole.' },
  BrokenProseLink: { severity: 'error', meaning: 'Teksti link viib saidi lehele või #ankrule, mida ei ole.' },
  // Published versions
  TamperedSnapshot: { severity: 'error', meaning: 'Avaldatud versiooni faili või manifesti on pärast avaldamist muudetud.' },
  UnfinishedRelease: { severity: 'error', meaning: 'Kaust versions/ all ei ole lõpetatud hetktõmmis (manifest puudub või see jäi katkenud avaldamisest).' },
  ReleaseRefused: { severity: 'error', meaning: 'Avaldamisest keelduti: versiooni number, käskkiri või sisu ei ole valmis.' },
  StrayVersionsFile: { severity: 'error', meaning: 'Kaustas versions/ on fail (mitte versiooni kaust); sinna kuuluvad ainult avaldatud versioonid.' },
  // Published versions against the git history (the audit trail)
  MissingPublishedVersion: { severity: 'error', meaning: 'Versioonil, mis git-i järgi on avaldatud, puudub kaust versions/ all.' },
  AlteredPublishedVersion: { severity: 'error', meaning: 'Avaldatud versiooni fail erineb selle avaldanud commit’i omast.' },
  ReleaseTagMismatch: { severity: 'error', meaning: 'Avaldamise silt S1-v<n> osutab commit’ile, mille versions/<n> ei ole avaldatu.' },
  UncommittedVersion: { severity: 'warning', meaning: 'Kausta versions/ hetktõmmis ei ole veel commit’itud, nii et git seda veel ei kaitse.' },
  NoAuditTrail: { severity: 'warning', meaning: 'Kaust versions/ ei ole täieliku ajalooga git-i hoidlas, nii et avaldatud versioonide kustutamist ja muutmist ei saa kontrollida.' },
  // The built site
  BrokenLink: { severity: 'error', meaning: 'Ehitatud saidi link viib lehele või failile, mida ei ole.' },
  BrokenFragment: { severity: 'error', meaning: 'Ehitatud saidi link viib #ankrule, mida sihtlehel ei ole.' },
  // Gaps to report (the content is honest about them)
  IncompleteEntry: { severity: 'warning', meaning: 'Kirjel puudub väärtus, mis on avaldamiseks vajalik.' },
  UndefinedRoleFunction: { severity: 'warning', meaning: 'Rollikaartidel kasutatud rollifunktsiooni ei määratle rollide seletav sõnaraamat.' },
  MissingApproval: { severity: 'warning', meaning: 'Kinnitava käskkirja kuupäev ja number on teadmata.' },
  OverdueReview: { severity: 'warning', meaning: 'Protsessi, juhendi, rollikaardi või dokumendi ülevaatuse tähtaeg on möödas.' },
  UnexplainedTerm: { severity: 'warning', meaning: 'Mõistel pole lahtikirjutust ega määratlust.' },
  // The author's editor
  StaleEditorSchema: { severity: 'warning', meaning: 'Redaktori skeem kaustas .vscode/schemas/ ei loetle sisu praeguseid id-sid.' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

export function createProblem(code: ProblemCode, details: Omit<Problem, 'code' | 'severity'>): Problem {
  return { code, severity: PROBLEM_CATALOGUE[code].severity, ...details };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
