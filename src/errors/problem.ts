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

/** The catalogue: every code, its severity and what it means. */
export const PROBLEM_CATALOGUE = {
  // Reading files
  FileTooLarge: { severity: 'error', meaning: 'An entry file is larger than an entry can sensibly be.' },
  InvalidEncoding: { severity: 'error', meaning: 'A file is not valid UTF-8.' },
  InvalidYaml: { severity: 'error', meaning: 'A YAML file or frontmatter cannot be parsed.' },
  EmptyFile: { severity: 'error', meaning: 'A file holds no data.' },
  NotAMap: { severity: 'error', meaning: 'The data or frontmatter is not a map of fields.' },
  MissingFrontmatter: { severity: 'error', meaning: 'A Markdown/MDX entry does not start with a --- frontmatter block.' },
  InvalidFileName: { severity: 'error', meaning: 'A file name is not a kebab-case id.' },
  UnexpectedFile: { severity: 'error', meaning: 'A file in a collection folder that the build would silently skip.' },
  UnknownFolder: { severity: 'warning', meaning: 'A folder in the content root that is no collection.' },
  // Shape (schema)
  MissingField: { severity: 'error', meaning: 'A required field is missing.' },
  UnknownField: { severity: 'error', meaning: 'A field that the schema does not know.' },
  InvalidValue: { severity: 'error', meaning: 'A field has a value of the wrong form.' },
  // Integrity (graph)
  UnknownReference: { severity: 'error', meaning: 'A field names an entry that does not exist.' },
  UnknownInlineReference: { severity: 'error', meaning: 'A ref: link in prose names an entry that does not exist.' },
  InvalidInlineReference: { severity: 'error', meaning: 'A ref: link in prose is not of the form ref:<collection>/<id>.' },
  UnknownPolicyGroup: { severity: 'error', meaning: 'A policy area names a group its domain does not have.' },
  DuplicateProcessCode: { severity: 'error', meaning: 'Two processes have the same code.' },
  ProcessCodeMismatch: { severity: 'error', meaning: 'A coded process is not stored under its code as id.' },
  DuplicateGlossaryTerm: { severity: 'error', meaning: 'Two glossary entries define the same term.' },
  DuplicateGuideCode: { severity: 'error', meaning: 'Two guides have the same code.' },
  GuideProcessMismatch: { severity: 'error', meaning: 'A guide is listed under a process whose code it does not start with.' },
  UnknownGuideProcess: { severity: 'error', meaning: 'A guide code Pnn_Jnn cites a process Pnn that does not exist.' },
  ReportsToCycle: { severity: 'error', meaning: 'Posts report to each other in a circle.' },
  UnfilledPlaceholder: { severity: 'error', meaning: 'A template placeholder such as {regNumber} was left in the content.' },
  UnsafeHtml: { severity: 'error', meaning: 'Raw HTML in prose that the sanitizer would remove: an element or attribute outside the allow-list.' },
  UnsafeUrl: { severity: 'error', meaning: 'A link, image or HTML attribute in prose has a URL whose scheme is not allowed (javascript:, data:, vbscript: …).' },
  ProseImport: { severity: 'error', meaning: 'An MDX chapter has an import or export statement.' },
  ProseExpression: { severity: 'error', meaning: 'An MDX chapter has a {…} expression, an expression attribute or a spread attribute.' },
  BrokenProseLink: { severity: 'error', meaning: 'A link in prose goes to a page of the site, or a #fragment, that does not exist.' },
  InvalidMdx: { severity: 'error', meaning: 'An MDX chapter cannot be parsed (an unclosed tag or brace).' },
  UnknownComponent: { severity: 'error', meaning: 'An MDX chapter uses a component the site does not provide.' },
  // Published versions
  TamperedSnapshot: { severity: 'error', meaning: 'A file of a published version, or its manifest, was changed after publication.' },
  UnfinishedRelease: { severity: 'error', meaning: 'A folder under versions/ is not a finished snapshot (no manifest, or left over from an interrupted release).' },
  ReleaseRefused: { severity: 'error', meaning: 'A release was refused: the version number, the directive or the content is not ready.' },
  // The built site
  BrokenLink: { severity: 'error', meaning: 'A link in the built site goes to a page or file that does not exist.' },
  BrokenFragment: { severity: 'error', meaning: 'A link in the built site goes to a #fragment that its page does not have.' },
  // Gaps to report (the content is honest about them)
  IncompleteEntry: { severity: 'warning', meaning: 'An entry lacks a value needed before publication.' },
  UndefinedRoleFunction: { severity: 'warning', meaning: 'A role function used on role cards has no definition in the glossary of role functions.' },
  MissingApproval: { severity: 'warning', meaning: 'The approving directive (date and number) is unknown.' },
  OverdueReview: { severity: 'warning', meaning: 'A process, guide, role card or document is past the day its review was due.' },
  UnexplainedTerm: { severity: 'warning', meaning: 'A glossary term has neither an expansion nor a definition.' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

export function createProblem(code: ProblemCode, details: Omit<Problem, 'code' | 'severity'>): Problem {
  return { code, severity: PROBLEM_CATALOGUE[code].severity, ...details };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
