/** "1 viga", "3 hoiatust": a count with the word form that goes with it. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
