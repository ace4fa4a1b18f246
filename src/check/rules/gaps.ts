import { createProblem, type Problem } from '../../errors/problem.ts';
import { type Directive } from '../../model/fields.ts';
import type { Organization } from '../../model/organization.ts';
import type { Position } from '../../model/position.ts';
import type { Process } from '../../model/process.ts';
import type { Role } from '../../model/role.ts';
import type { RoleFunction } from '../../model/role-function.ts';
import { entriesOf, type Rule } from './rule.ts';

function listOr(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

function missingParts(directive: Directive | undefined): string[] {
  return [!directive?.date && 'date', !directive?.number && 'number'].filter((part): part is string => Boolean(part));
}

/**
 * The gaps the sources really have. The content leaves unknown values out instead of guessing;
 * these warnings keep every such gap in front of the quality manager.
 */
export const checkGaps: Rule = (entries, graph) => {
  const problems: Problem[] = [];

  for (const entry of entriesOf(entries, 'processes')) {
    const process = entry.data as Process;
    const missing = (['name', 'kind', 'owner', 'status'] as const).filter((field) => process[field] === undefined);
    if (missing.length > 0) {
      problems.push(
        createProblem('IncompleteEntry', {
          file: entry.file,
          line: 1,
          field: missing[0],
          message: `The process ${process.code ?? entry.id} has no ${listOr(missing.map((field) => `\`${field}\``))} yet.`,
          hint: 'Fill these in from an approved source before the next version is published.',
        }),
      );
    }
    const parts = missingParts(process.approval);
    if (process.status === 'kinnitatud' && parts.length > 0) {
      problems.push(
        createProblem('MissingApproval', {
          file: entry.file,
          line: entry.locate(['status']),
          field: 'approval',
          message: `The process ${process.code ?? entry.id} is "kinnitatud", but the directive's ${parts.join(' and ')} ${parts.length > 1 ? 'are' : 'is'} unknown.`,
          hint: 'Add `approval: { date, number }` from the approving directive (käskkiri).',
        }),
      );
    }
  }

  for (const entry of entriesOf(entries, 'roles')) {
    const card = (entry.data as Role).card;
    if (!card) continue;
    const parts = missingParts(card.approval);
    if (parts.length === 0) continue;
    problems.push(
      createProblem('MissingApproval', {
        file: entry.file,
        line: entry.locate(['card', 'approval']),
        field: 'card.approval',
        message: `The role card "${(entry.data as Role).name}" is approved by a directive whose ${parts.join(' and ')} ${parts.length > 1 ? 'are' : 'is'} unknown (the source's approval line is an unfilled template).`,
        hint: 'Add `card.approval: { date, number }` from the directive that approved the role cards.',
      }),
    );
  }

  for (const entry of entriesOf(entries, 'roleFunctions')) {
    if ((entry.data as RoleFunction).definition) continue;
    const users = graph.incoming('roleFunctions', entry.id).map((edge) => edge.from.split('/')[1]);
    problems.push(
      createProblem('UndefinedRoleFunction', {
        file: entry.file,
        line: 1,
        field: 'definition',
        message: `"${(entry.data as RoleFunction).name}" is used on ${users.length === 1 ? 'the role card' : `${users.length} role cards`}${users.length ? ` (${users.join(', ')})` : ''}, but the glossary of role functions does not define it.`,
        hint: 'Add `definition` once the glossary of role functions (rollide seletav sõnaraamat) defines it.',
      }),
    );
  }

  for (const entry of entriesOf(entries, 'positions')) {
    const position = entry.data as Position;
    if (!position.organization) {
      problems.push(
        createProblem('IncompleteEntry', {
          file: entry.file,
          line: 1,
          field: 'organization',
          message: `The post "${position.name}" has no \`organization\`.`,
          hint: 'Add the id of the organisation where the post is.',
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
          message: `The job description of "${position.name}" has no signer: the source's signature block is an unfilled template.`,
          hint: 'Add `signedBy` and `signerPosition` from the signed job description.',
        }),
      );
    }
  }

  for (const entry of entriesOf(entries, 'organizations')) {
    if ((entry.data as Organization).kind) continue;
    problems.push(
      createProblem('IncompleteEntry', {
        file: entry.file,
        line: 1,
        field: 'kind',
        message: `The organisation "${(entry.data as Organization).name}" has no \`kind\`: the sources do not say what kind of body it is.`,
        hint: 'Add `kind` once an approved source says it.',
      }),
    );
  }
  return problems;
};
