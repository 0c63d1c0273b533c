import { describe, expect, it } from 'vitest';
import { beregnGennemsnit, formaterGennemsnit, taelGodkendelse } from '../../src/domain/kvalitetsmodel/gennemsnit.ts';
import { INDIKATORER } from '../../src/domain/kvalitetsmodel/model.ts';

const botilbud = { tilbudstype: 'sel-108', privatMedBestyrelse: true };
const forsorgshjem = { tilbudstype: 'sel-110', privatMedBestyrelse: false };
const tema = (r: ReturnType<typeof beregnGennemsnit>, n: number) => r.temaer.find((t) => t.tema.nummer === n)!;
const kriterium = (r: ReturnType<typeof beregnGennemsnit>, n: number) => r.temaer.flatMap((t) => t.kriterier).find((k) => k.kriterium.nummer === n)!;

describe('formaterGennemsnit', () => {
  it('viser én decimal med komma', () => {
    expect(formaterGennemsnit(3.5)).toBe('3,5');
    expect(formaterGennemsnit(4)).toBe('4,0');
    expect(formaterGennemsnit(10 / 3)).toBe('3,3');
    expect(formaterGennemsnit(11 / 3)).toBe('3,7');
  });
  it('runder halve op, også når binære tal driller', () => {
    expect(formaterGennemsnit(3.25)).toBe('3,3');
    expect(formaterGennemsnit(1.15)).toBe('1,2');
    expect(formaterGennemsnit(2.45)).toBe('2,5');
  });
  it('viser en tankestreg, når der ingen værdi er', () => {
    expect(formaterGennemsnit(null)).toBe('–');
    expect(formaterGennemsnit(Number.NaN)).toBe('–');
  });
});

describe('beregnGennemsnit (driftsorienteret tilsyn)', () => {
  it('uden scorer: ingen gennemsnit, alt mangler', () => {
    const r = beregnGennemsnit(botilbud, {});
    expect(r.temaer).toHaveLength(7);
    expect(r.temaer.every((t) => t.gennemsnit === null)).toBe(true);
    expect(r.scoret).toBe(0);
    // sel-108 med bestyrelse: 1.d, 1.e og 2.f gælder ikke.
    expect(r.gaelderIkke).toBe(3);
    expect(r.gaelder).toBe(INDIKATORER.length - 3);
    expect(r.mangler).toBe(r.gaelder);
  });

  it('kriterium = gennemsnit af indikatorerne; tema = gennemsnit af kriterierne (ikke af alle indikatorer)', () => {
    const scorer = { '8.a': 5, '8.b': 5, '8.c': 5, '9.a': 2, '9.b': 2, '9.c': 2, '9.d': 2 };
    const r = beregnGennemsnit(botilbud, scorer);
    expect(kriterium(r, 8).gennemsnit).toBe(5);
    expect(kriterium(r, 9).gennemsnit).toBe(2);
    expect(tema(r, 5).gennemsnit).toBe(3.5);
    expect(formaterGennemsnit(tema(r, 5).gennemsnit)).toBe('3,5');
    // Gennemsnittet af alle syv indikatorer ville være 23/7 ≈ 3,3.
    expect(formaterGennemsnit(23 / 7)).toBe('3,3');
  });

  it('en indikator uden score tæller som manglende og påvirker ikke gennemsnittet', () => {
    const r = beregnGennemsnit(botilbud, { '1.a': 4, '2.a': 3 });
    const k1 = kriterium(r, 1);
    expect(k1.gennemsnit).toBe(4);
    expect(k1).toMatchObject({ gaelder: 2, scoret: 1, mangler: 1, gaelderIkke: 2 });
    expect(tema(r, 1).gennemsnit).toBe(4);
    expect(tema(r, 2).gennemsnit).toBe(3);
    expect(tema(r, 3).gennemsnit).toBeNull();
    expect(r.scoret).toBe(2);
    expect(r.mangler).toBe(r.gaelder - 2);
  });

  it('en indikator, der ikke gælder, ignoreres, selv om den har en score', () => {
    // 3.c gælder ikke for forsorgshjem; 8.c gælder ikke uden bestyrelse.
    const r = beregnGennemsnit(forsorgshjem, { '3.a': 4, '3.c': 1, '8.a': 5, '8.c': 1 });
    expect(kriterium(r, 3).gennemsnit).toBe(4);
    expect(kriterium(r, 3)).toMatchObject({ gaelder: 3, scoret: 1, mangler: 2, gaelderIkke: 1 });
    expect(kriterium(r, 8).gennemsnit).toBe(5);
    expect(kriterium(r, 8).gaelderIkke).toBe(1);
  });

  it('et kriterium uden gældende indikatorer er ikke med i temaets gennemsnit', () => {
    // Kriterium 6 (6.a, 6.b) gælder ikke for forsorgshjem.
    const r = beregnGennemsnit(forsorgshjem, { '4.a': 4, '4.b': 5, '5.a': 3, '5.b': 3, '5.c': 3, '7.a': 2 });
    expect(kriterium(r, 6)).toMatchObject({ gaelder: 0, gennemsnit: null, gaelderIkke: 2 });
    const t4 = tema(r, 4);
    expect(t4.kriterierMedVaerdi).toBe(3);
    expect(t4.gennemsnit).toBeCloseTo((4.5 + 3 + 2) / 3, 10);
    expect(formaterGennemsnit(t4.gennemsnit)).toBe('3,2');
  });

  it('temaet regnes af kriteriernes uafrundede gennemsnit', () => {
    // Kriterium 4: (4+5)/2 = 4,5; kriterium 5: (4+4+5)/3 = 4,333…; 6: (3+3)/2 = 3; 7: 4. Tema 4 = 15,8333…/4 = 3,958…
    const r = beregnGennemsnit(botilbud, { '4.a': 4, '4.b': 5, '5.a': 4, '5.b': 4, '5.c': 5, '6.a': 3, '6.b': 3, '7.a': 4 });
    expect(tema(r, 4).gennemsnit).toBeCloseTo((4.5 + 13 / 3 + 3 + 4) / 4, 10);
    expect(formaterGennemsnit(tema(r, 4).gennemsnit)).toBe('4,0');
  });

  it('ugyldige scorer i kortet tæller som manglende, aldrig som tal', () => {
    const r = beregnGennemsnit(botilbud, { '1.a': 7, '1.b': 0, '2.a': 2.5, '2.b': Number.NaN, '2.c': 4 });
    expect(kriterium(r, 1).gennemsnit).toBeNull();
    expect(kriterium(r, 2).gennemsnit).toBe(4);
    expect(r.scoret).toBe(1);
  });
});

describe('taelGodkendelse', () => {
  it('tæller de to bedømmelser og de ikke bedømte pr. tema, uden gennemsnit', () => {
    const r = taelGodkendelse(forsorgshjem, { '3.a': 'ja', '3.b': 'nej', '3.c': 'ja', '8.c': 'nej' });
    const t3 = r.temaer.find((t) => t.tema.nummer === 3)!;
    expect(t3).toMatchObject({ gaelder: 3, forventesOpfyldt: 1, forventesIkkeOpfyldt: 1, ikkeBedoemt: 1, gaelderIkke: 1 });
    expect(r.forventesOpfyldt).toBe(1);
    expect(r.forventesIkkeOpfyldt).toBe(1);
    expect(r.gaelder + r.gaelderIkke).toBe(INDIKATORER.length);
    expect(r.ikkeBedoemt).toBe(r.gaelder - 2);
    expect('gennemsnit' in t3).toBe(false);
  });
});
