/** Replace the text from `start` to `end` (offsets into the original page) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits made against one page's offsets in one pass. An edit inside the range another
 * edit replaces is dropped: what it edited is gone (e.g. a link inside the replaced version bar).
 * Edits come from tags, so two ranges either nest or lie apart; a partial overlap is a bug.
 */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return html;
  const inOrder = edits.every((edit, index) => index === 0 || edits[index - 1]!.start < edit.start);
  const ordered = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) {
      if (edit.end <= at) continue;
      throw new Error(`Edits overlap at ${edit.start}–${edit.end}.`);
    }
    result += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + html.slice(at);
}

/** An attribute value written so that it reads the same between either quotes. */
export function escapeAttributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
