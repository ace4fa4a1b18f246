import { createProblem, type Problem } from '../../errors/problem.ts';
import { type Directive } from '../../model/fields.ts';
import { entriesOf, type Rule } from './rule.ts';

/** „a“, „b“ ja „c“ */
function listAnd(items: string[]): string {
  const quoted = items.map((item) => `„${item}“`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ja ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** What is unknown of a directive: "kuupäev", "number", or both. */
function missingParts(directive: Directive | undefined): string {
  return [!directive?.date && 'kuupäev', !directive?.number && 'number'].filter(Boolean).join(' ja ');
}

/**
 * The gaps the sources really have. The content leaves unknown values out instead of guessing;
 * these warnings keep every such gap in front of the quality manager.
 */
export const checkGaps: Rule = (entries, graph) => {
  const problems: Problem[] = [];

  for (const entry of entriesOf(entries, 'processes')) {
    const process = entry.data;
    const missing = (['name', 'kind', 'owner', 'status'] as const).filter((field) => process[field] === undefined);
    if (missing.length > 0) {
      problems.push(
        createProblem('IncompleteEntry', {
          file: entry.file,
          line: 1,
          field: missing[0],
          message: `Protsessil ${process.code ?? entry.id} ${missing.length === 1 ? 'puudub veel väli' : 'puuduvad veel väljad'} ${listAnd(missing)}.`,
          hint: 'Täida need kinnitatud allika põhjal enne järgmise versiooni avaldamist.',
        }),
      );
    }
    const parts = missingParts(process.approval);
    if (process.status === 'kinnitatud' && parts) {
      problems.push(
        createProblem('MissingApproval', {
          file: entry.file,
          line: entry.locate(['status']),
          field: 'approval',
          message: `Protsess ${process.code ?? entry.id} on „kinnitatud“, kuid kinnitava käskkirja ${parts} on teadmata.`,
          hint: 'Lisa väli „approval“ (date ja number) kinnitava käskkirja järgi.',
        }),
      );
    }
  }

  for (const entry of entriesOf(entries, 'roles')) {
    const card = entry.data.card;
    if (!card) continue;
    const parts = missingParts(card.approval);
    if (!parts) continue;
    problems.push(
      createProblem('MissingApproval', {
        file: entry.file,
        line: entry.locate(['card', 'approval']),
        field: 'card.approval',
        message: `Rollikaardi „${entry.data.name}“ kinnitanud käskkirja ${parts} on teadmata (allika kinnitusrida on täitmata mall).`,
        hint: 'Lisa väli „card.approval“ (date ja number) rollikaardid kinnitanud käskkirja järgi.',
      }),
    );
  }

  for (const entry of entriesOf(entries, 'roleFunctions')) {
    if (entry.data.definition) continue;
    const users = graph.incoming('roleFunctions', entry.id).map((edge) => edge.from.split('/')[1]);
    problems.push(
      createProblem('UndefinedRoleFunction', {
        file: entry.file,
        line: 1,
        field: 'definition',
        message: `„${entry.data.name}“ esineb ${users.length === 1 ? 'rollikaardil' : `${users.length} rollikaardil`}${users.length ? ` (${users.join(', ')})` : ''}, kuid rollide seletav sõnaraamat seda ei määratle.`,
        hint: 'Lisa väli „definition“, kui rollide seletav sõnaraamat selle määratleb.',
      }),
    );
  }

  for (const entry of entriesOf(entries, 'positions')) {
    const position = entry.data;
    if (!position.organization) {
      problems.push(
        createProblem('IncompleteEntry', {
          file: entry.file,
          line: 1,
          field: 'organization',
          message: `Ametikohal „${position.name}“ puudub väli „organization“.`,
          hint: 'Lisa selle asutuse id, kus ametikoht on.',
        }),
      );
    }
    const job = position.jobDescription;
    if (job && (!job.signedBy || !job.signerPosition)) {
      problems.push(
        createProblem('MissingApproval', {
          file: entry.file,
          line: entry.locate(['jobDescription']),
          field: 'jobDescription.signedBy',
          message: `Ametikoha „${position.name}“ ametijuhendil pole allkirjastajat: allika allkirjaplokk on täitmata mall.`,
          hint: 'Lisa väljad „signedBy“ ja „signerPosition“ allkirjastatud ametijuhendi järgi.',
        }),
      );
    }
  }

  for (const entry of entriesOf(entries, 'organizations')) {
    if (entry.data.kind) continue;
    problems.push(
      createProblem('IncompleteEntry', {
        file: entry.file,
        line: 1,
        field: 'kind',
        message: `Asutusel „${entry.data.name}“ puudub väli „kind“: allikad ei ütle, mis liiki asutusega on tegu.`,
        hint: 'Lisa väli „kind“, kui kinnitatud allikas selle ütleb.',
      }),
    );
  }
  return problems;
};
