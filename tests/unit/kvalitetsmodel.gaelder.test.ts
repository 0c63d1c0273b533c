/**
 * Hvilke indikatorer gælder for hvilke tilbud? Forventningerne herunder er skrevet af efter
 * Kvalitetsmodellens "gælder ikke"/"gælder kun"-afsnit (seed 001, temaafsnittene fra l. 130) som
 * id-lister, uafhængigt af indikatordataene, så en fejl i data eller i gaelderIndikator fanges.
 */
import { describe, expect, it } from 'vitest';
import {
  INDIKATORER,
  KRITERIER,
  TEMAER,
  TILBUDSTYPER,
  indikatorerIKriterium,
  kriterierITema,
  temaForIndikator,
} from '../../src/domain/kvalitetsmodel/model.ts';
import { gaelderIndikator } from '../../src/domain/kvalitetsmodel/gaelder.ts';
import tilbudstyperJson from '../../content/data/tilbudstyper.json' with { type: 'json' };

/** 1.d, 1.e og 2.f gælder kun børne- og ungehjem (§ 43, stk. 1, nr. 6) og kostskoler (nr. 7). */
const KUN_BOERNEHJEM_OG_KOSTSKOLER = ['1.d', '1.e', '2.f'];
/** Ambulant alkohol- og stofmisbrugsbehandling (sundhedsloven § 141, serviceloven § 101, barnets lov § 33). */
const AMBULANT = ['2.c', '3.c', '6.a', '6.b', '14.c'];
/** Krisecentre (§ 109) og forsorgshjem (§ 110). */
const KRISECENTER_FORSORGSHJEM = ['3.c', '6.a', '6.b', '14.c'];

/** Indikatorer, der IKKE gælder, pr. tilbudstype, for et privat tilbud med bestyrelse. */
const IKKE_GAELDENDE: Record<string, string[]> = {
  'sel-101': KUN_BOERNEHJEM_OG_KOSTSKOLER,
  'sel-101-ambulant': [...KUN_BOERNEHJEM_OG_KOSTSKOLER, ...AMBULANT],
  // § 101 a står kun i reglerne for 6.a, 6.b og 14.c.
  'sel-101a-ambulant': [...KUN_BOERNEHJEM_OG_KOSTSKOLER, '6.a', '6.b', '14.c'],
  'barnets-lov-33-ambulant': [...KUN_BOERNEHJEM_OG_KOSTSKOLER, ...AMBULANT],
  'sundhedsloven-141': [...KUN_BOERNEHJEM_OG_KOSTSKOLER, ...AMBULANT],
  'sel-107': KUN_BOERNEHJEM_OG_KOSTSKOLER,
  'sel-108': KUN_BOERNEHJEM_OG_KOSTSKOLER,
  'sel-109': [...KUN_BOERNEHJEM_OG_KOSTSKOLER, ...KRISECENTER_FORSORGSHJEM],
  'sel-110': [...KUN_BOERNEHJEM_OG_KOSTSKOLER, ...KRISECENTER_FORSORGSHJEM],
  'barnets-lov-43-1-6': [],
  'barnets-lov-43-1-6-stoetteophold': ['2.c', '5.b', '14.c'],
  'barnets-lov-43-1-7': ['1.b', '6.a', '6.b', '14.c'],
  'barnets-lov-43-3': [...KUN_BOERNEHJEM_OG_KOSTSKOLER, '2.b', '14.c'],
  'andet-voksne': KUN_BOERNEHJEM_OG_KOSTSKOLER,
  'andet-boern': KUN_BOERNEHJEM_OG_KOSTSKOLER,
};

const ikkeGaeldende = (tilbudstype: string, privatMedBestyrelse: boolean) =>
  INDIKATORER.filter((i) => !gaelderIndikator(i, { tilbudstype, privatMedBestyrelse }).gaelder).map((i) => i.id);
const gaelder = (id: string, tilbudstype: string, privatMedBestyrelse = false) =>
  gaelderIndikator(
    INDIKATORER.find((i) => i.id === id)!,
    { tilbudstype, privatMedBestyrelse },
  ).gaelder;
const sorter = (ider: string[]) => [...ider].sort((a, b) => a.localeCompare(b, 'da', { numeric: true }));

describe('kvalitetsmodellens struktur', () => {
  it('har 7 temaer og 32 indikatorer med unikke id’er', () => {
    expect(TEMAER).toHaveLength(7);
    expect(INDIKATORER).toHaveLength(32);
    expect(new Set(INDIKATORER.map((i) => i.id)).size).toBe(32);
    expect(new Set(KRITERIER.map((k) => k.id)).size).toBe(KRITERIER.length);
    expect(new Set(TEMAER.map((t) => t.id)).size).toBe(7);
    expect(new Set(TILBUDSTYPER.map((t) => t.id)).size).toBe(TILBUDSTYPER.length);
  });

  it('hver indikator hører til et kriterium, der findes, og dermed til et tema, der findes', () => {
    for (const i of INDIKATORER) {
      const k = KRITERIER.find((x) => x.id === i.kriterium);
      expect(k, `${i.id}: kriteriet ${i.kriterium} findes ikke`).toBeDefined();
      expect(
        TEMAER.some((t) => t.id === k!.tema),
        `${i.id}: temaet ${k!.tema} findes ikke`,
      ).toBe(true);
      expect(temaForIndikator(i)).toBeDefined();
      // Indikatorens nummer svarer til kriteriets nummer (1.a under kriterium 1 osv.).
      expect(i.id.split('.')[0]).toBe(String(k!.nummer));
    }
  });

  it('hvert tema har mindst ét kriterium, og hvert kriterium mindst én indikator', () => {
    for (const t of TEMAER) expect(kriterierITema(t.id).length, t.id).toBeGreaterThan(0);
    for (const k of KRITERIER) expect(indikatorerIKriterium(k.id).length, k.id).toBeGreaterThan(0);
  });

  it('alle tilbudstype-id’er i gælder-reglerne findes i tilbudstyper.json', () => {
    const kendte = new Set(tilbudstyperJson.map((t) => t.id));
    for (const i of INDIKATORER) {
      for (const id of [...(i.gaelder?.ikke ?? []), ...(i.gaelder?.kun ?? [])]) {
        expect(kendte.has(id), `${i.id} nævner den ukendte tilbudstype ${id}`).toBe(true);
      }
    }
  });
});

describe('gælder-reglerne for hver tilbudstype', () => {
  it('testen kender alle tilbudstyper i data (og ingen andre)', () => {
    expect(sorter(Object.keys(IKKE_GAELDENDE))).toEqual(sorter(TILBUDSTYPER.map((t) => t.id)));
  });

  it.each(Object.entries(IKKE_GAELDENDE))('%s (privat med bestyrelse)', (tilbudstype, forventet) => {
    expect(sorter(ikkeGaeldende(tilbudstype, true))).toEqual(sorter(forventet));
  });

  it.each(Object.entries(IKKE_GAELDENDE))('%s (uden bestyrelse): også 8.c gælder ikke', (tilbudstype, forventet) => {
    expect(sorter(ikkeGaeldende(tilbudstype, false))).toEqual(sorter([...forventet, '8.c']));
  });
});

describe('stikprøver', () => {
  it('forsorgshjem efter § 110 har ikke 3.c, 6.a, 6.b og 14.c', () => {
    for (const id of ['3.c', '6.a', '6.b', '14.c']) expect(gaelder(id, 'sel-110'), id).toBe(false);
    for (const id of ['1.a', '1.b', '3.a', '5.b', '14.a']) expect(gaelder(id, 'sel-110'), id).toBe(true);
  });

  it('en efterskole (barnets lov § 43, stk. 1, nr. 7) har ikke 1.b, men har 1.d og 1.e', () => {
    expect(gaelder('1.b', 'barnets-lov-43-1-7')).toBe(false);
    expect(gaelder('1.d', 'barnets-lov-43-1-7')).toBe(true);
    expect(gaelder('1.e', 'barnets-lov-43-1-7')).toBe(true);
  });

  it('8.c gælder for et privat tilbud med bestyrelse, ikke uden', () => {
    expect(gaelder('8.c', 'sel-108', true)).toBe(true);
    expect(gaelder('8.c', 'sel-108', false)).toBe(false);
  });

  it('en indikator, der ikke gælder, har en dansk grund og kildens ordlyd', () => {
    const g = gaelderIndikator(
      INDIKATORER.find((i) => i.id === '3.c')!,
      { tilbudstype: 'sel-110', privatMedBestyrelse: false },
    );
    expect(g.gaelder).toBe(false);
    if (!g.gaelder) {
      expect(g.grund).toMatch(/3\.c gælder ikke for: Forsorgshjem/);
      expect(g.kildetekst).toMatch(/§ 110/);
    }
  });
});
