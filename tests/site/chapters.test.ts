import { describe, expect, it } from 'vitest';
import { isNumberedChapter, splitChapters } from '../../src/site/chapters.ts';

const part = (number: string, title: string) => ({ id: title, data: { number, title } });

describe('isNumberedChapter', () => {
  it('is true of a chapter with S1\'s number and false of the change overview and the annexes', () => {
    expect(['1', '2', '3', '10'].map((number) => isNumberedChapter(part(number, 'x')))).toEqual([true, true, true, true]);
    expect(['M', 'LISA', ''].map((number) => isNumberedChapter(part(number, 'x')))).toEqual([false, false, false]);
  });
});

describe('splitChapters', () => {
  it('keeps the order of each group', () => {
    const parts = [part('1', 'Eesmärk'), part('2', 'Valitsemisala'), part('M', 'Muudatused'), part('3', 'Ministeerium'), part('LISA', 'Lisad')];
    const { numbered, other } = splitChapters(parts);
    expect(numbered.map((chapter) => chapter.id)).toEqual(['Eesmärk', 'Valitsemisala', 'Ministeerium']);
    expect(other.map((chapter) => chapter.id)).toEqual(['Muudatused', 'Lisad']);
  });
});
