import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/prose/sentences.ts';

const sentences = (text: string) => splitSentences(text).map((range) => text.slice(range.start, range.end));

describe('splitSentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark before a capital letter', () => {
    expect(sentences('VAJS toimimise eest vastutab kantsler. Asutuste juhtimissüsteemi toimimise eest asutuse juht.')).toEqual([
      'VAJS toimimise eest vastutab kantsler.',
      'Asutuste juhtimissüsteemi toimimise eest asutuse juht.',
    ]);
    expect(sentences('Milline teenus tegelikult väärtust loob? Me muudame juhtimissüsteemi')).toEqual(['Milline teenus tegelikult väärtust loob?', 'Me muudame juhtimissüsteemi']);
  });

  it('goes on after abbreviations that the sentence continues after: nt., vt, ptk, sh', () => {
    const text = 'Ministeeriumi põhitegevus on poliitikajuhtimine (vt ptk 3.1), mille põhiväärtus seisneb (sh TERE) teenustes. Järgmine lause.';
    expect(sentences(text)).toEqual(['Ministeeriumi põhitegevus on poliitikajuhtimine (vt ptk 3.1), mille põhiväärtus seisneb (sh TERE) teenustes.', 'Järgmine lause.']);
    expect(sentences('Dokumendid (nt. Riigireformi tegevuskava) on alus. Teine.')).toEqual(['Dokumendid (nt. Riigireformi tegevuskava) on alus.', 'Teine.']);
    expect(sentences('Vaata ptk. Rollid ja vastutus.')).toEqual(['Vaata ptk. Rollid ja vastutus.']);
  });

  it('ends a sentence after a closing abbreviation such as jne. before a capital, but not before a small letter', () => {
    expect(sentences('Seal on kava, strateegia jne. Teine lause.')).toEqual(['Seal on kava, strateegia jne.', 'Teine lause.']);
    expect(sentences('Seal on kava jne. ja muud.')).toEqual(['Seal on kava jne. ja muud.']);
  });

  it('does not end a sentence inside a number, a date or after an ordinal', () => {
    expect(sentences('Kinnitatud 15.01.2026 nr 2, vt ptk 1.4.1 ja tabel 2. Teine lause.')).toEqual(['Kinnitatud 15.01.2026 nr 2, vt ptk 1.4.1 ja tabel 2.', 'Teine lause.']);
    expect(sentences('Poliitikavaldkond on reeglina TERE tegevuse tasand (al 2026. aastast).')).toEqual(['Poliitikavaldkond on reeglina TERE tegevuse tasand (al 2026. aastast).']);
  });

  it('keeps an initial and "NB!" inside the sentence', () => {
    expect(sentences('Koostanud A. Heinaste.')).toEqual(['Koostanud A. Heinaste.']);
    expect(sentences('NB! Poliitikajuhi ja teenusejuhi roll on sarnane.')).toEqual(['NB! Poliitikajuhi ja teenusejuhi roll on sarnane.']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('Ta ütles „Tere.“ Siis läks.')).toEqual(['Ta ütles „Tere.“', 'Siis läks.']);
    expect(sentences('(See on lisa.) Põhitekst.')).toEqual(['(See on lisa.)', 'Põhitekst.']);
  });

  it('returns the ranges without surrounding white space, and nothing for blank text', () => {
    expect(splitSentences('  Üks.  ')).toEqual([{ start: 2, end: 6 }]);
    expect(splitSentences('   ')).toEqual([]);
  });
});
