/** How many line breaks precede an index of a text: a match inside a text node that spans lines is reported on its own line. */
export function countLineBreaks(text: string, before: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < before; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
