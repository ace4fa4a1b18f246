import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';

/**
 * The one way content YAML is read, by the checker and by the build alike. The core schema of
 * YAML 1.2 keeps every date a string (2026-02-30 stays what the author wrote, to be judged by the
 * schema), and anchors, aliases and explicit tags are refused: content needs none of them, an
 * alias can multiply a small file into gigabytes, and a tag such as !!timestamp would make a
 * value mean something other than what it shows.
 */
export type YamlOutcome =
  | { ok: true; value: unknown }
  | { ok: false; line: number; problem: { kind: 'syntax'; reason: string } | { kind: 'anchor' | 'alias' | 'tag'; name: string } };

/** Line (1-based, within `text`) of a character offset. */
function lineAt(counter: LineCounter, offset: number): number {
  return counter.linePos(offset).line;
}

export function readYaml(text: string): YamlOutcome {
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { ok: false, line: lineAt(counter, error.pos[0]), problem: { kind: 'syntax', reason: error.message } };

  let refused: YamlOutcome | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node)) return undefined;
    const offset = node.range?.[0] ?? 0;
    if (isAlias(node)) refused = { ok: false, line: lineAt(counter, offset), problem: { kind: 'alias', name: node.source } };
    else if (node.anchor) refused = { ok: false, line: lineAt(counter, offset), problem: { kind: 'anchor', name: node.anchor } };
    else if (node.tag) refused = { ok: false, line: lineAt(counter, offset), problem: { kind: 'tag', name: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') } };
    return refused ? visit.BREAK : undefined;
  });
  if (refused) return refused;
  // Warnings are what the parser let pass but guessed at (an unknown tag): none is acceptable.
  const warning = doc.warnings[0];
  if (warning) return { ok: false, line: lineAt(counter, warning.pos[0]), problem: { kind: 'syntax', reason: warning.message } };
  // No aliases are left, so nothing can expand; 0 makes the library refuse one all the same.
  return { ok: true, value: doc.toJS({ maxAliasCount: 0 }) };
}
