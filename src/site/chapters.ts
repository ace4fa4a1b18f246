/**
 * The parts of S1 as its text orders them: its own chapters carry a number ("1", "2", …); the change
 * overview ("M") and the annexes ("LISA") follow them without one. A list of the parts shows the
 * chapters by their own numbers and never counts the other parts as chapters.
 */
interface ChapterEntry {
  data: Record<string, unknown>;
}

export function isNumberedChapter(chapter: ChapterEntry): boolean {
  return /^\d/.test(String(chapter.data.number ?? ''));
}

/** The numbered chapters and, apart, the parts that follow them, each in the order given. */
export function splitChapters<T extends ChapterEntry>(chapters: readonly T[]): { numbered: T[]; other: T[] } {
  return { numbered: chapters.filter(isNumberedChapter), other: chapters.filter((chapter) => !isNumberedChapter(chapter)) };
}
