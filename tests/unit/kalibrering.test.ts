import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenarie } from '../../src/domain/indikator1b/index.ts';
import { fleissKappa } from '../../src/domain/kalibrering/kappa.ts';
import { pakFragment, udpakFragment } from '../../src/domain/indikator1b/beregner.ts';
import { FORMAT, VERSION, type ResultatFil } from '../../src/domain/kalibrering/resultatfil.ts';
import { kontrollerResultat, laesResultatTekst } from '../../src/domain/kalibrering/resultatfil-kontrol.ts';
import { kappaIOrd, sammenlign, somJson, tilCsv } from '../../src/domain/kalibrering/sammenligning.ts';
import { laesEksempel } from '../eksempeldata.ts';

const lyset = laesEksempel('krisecenter-109-lyset.json');
const broen = laesEksempel('behandling-101-broen.json');

function resultat(deltager: string, s: Scenarie, svar: (id: string, i: number) => ResultatFil['svar'][string], score: ResultatFil['score'] = 4): ResultatFil {
  return { format: FORMAT, version: VERSION, scenarie: s, deltager, svar: Object.fromEntries(s.personer.map((p, i) => [p.id, svar(p.id, i)])), score };
}

describe("Fleiss' kappa", () => {
  it('giver 0,210 for det gennemregnede eksempel (Fleiss 1971, 10 emner, 14 bedømmere, 5 kategorier)', () => {
    const m = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const k = fleissKappa(m);
    expect(k.observeret).toBeCloseTo(0.378, 3);
    expect(k.forventet).toBeCloseTo(0.213, 3);
    expect(k.kappa).toBeCloseTo(0.21, 2);
    expect(k.enighed[0]).toBe(1);
    expect(k.enighed[1]).toBeCloseTo(0.253, 3);
  });

  it('stemmer med håndregnede små tilfælde', () => {
    // To emner, to bedømmere: enige om det ene, uenige om det andet. P̄ = 0,5; p = (0,75, 0,25); P̄e = 0,625; κ = −1/3.
    expect(
      fleissKappa([
        [2, 0],
        [1, 1],
      ]).kappa,
    ).toBeCloseTo(-1 / 3, 10);
    // Tre bedømmere, to emner med hver sin enige kategori: κ = 1.
    expect(
      fleissKappa([
        [3, 0, 0],
        [0, 3, 0],
      ]).kappa,
    ).toBe(1);
    // Tre bedømmere: [2,1,0] og [0,1,2]: P_i = 1/3; P̄ = 1/3; p = (1/3,1/3,1/3); P̄e = 1/3; κ = 0.
    expect(
      fleissKappa([
        [2, 1, 0],
        [0, 1, 2],
      ]).kappa,
    ).toBeCloseTo(0, 10);
  });

  it('er udefineret med én bedømmer, uden emner og når alle har brugt samme kategori', () => {
    expect(
      fleissKappa([
        [1, 0, 0],
        [0, 1, 0],
      ]),
    ).toMatchObject({ kappa: null, grund: 'for-faa-bedoemmere' });
    expect(fleissKappa([])).toMatchObject({ kappa: null, grund: 'ingen-emner' });
    expect(
      fleissKappa([
        [4, 0, 0],
        [4, 0, 0],
      ]),
    ).toMatchObject({ kappa: null, grund: 'ingen-variation', observeret: 1 });
  });

  it('egenskaber: fuld enighed giver 1 (når der er variation), en ubrugt kategori ændrer intet, κ ≤ 1', () => {
    const tabel = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.array(
        fc.array(fc.nat(n), { minLength: 3, maxLength: 3 }).map((r) => {
          // Normér rækken til summen n.
          const s = r.reduce((a, b) => a + b, 0);
          if (s === 0) return [n, 0, 0];
          const ud = r.map((x) => Math.floor((x * n) / s));
          ud[0] += n - ud.reduce((a, b) => a + b, 0);
          return ud;
        }),
        { minLength: 1, maxLength: 12 },
      ),
    );
    fc.assert(
      fc.property(tabel, (m) => {
        const k = fleissKappa(m);
        const medTom = fleissKappa(m.map((r) => [...r, 0]));
        expect(medTom.kappa === null ? null : medTom.kappa).toBe(k.kappa);
        if (k.kappa !== null) expect(k.kappa).toBeLessThanOrEqual(1 + 1e-12);
        for (const e of k.enighed) if (e !== null) expect(e).toBeGreaterThanOrEqual(0);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 10 }), (n, kat) => {
        fc.pre(new Set(kat).size > 1);
        const m = kat.map((j) => [0, 1, 2].map((x) => (x === j ? n : 0)));
        expect(fleissKappa(m).kappa).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('et tilbud i adressens fragment', () => {
  it('pakkes og pakkes ud uden tab, og en afkortet tekst giver intet tilbud', async () => {
    const t = await pakFragment(lyset);
    expect(t).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await udpakFragment(t)).toEqual(JSON.parse(JSON.stringify(lyset)));
    expect(await udpakFragment(t.slice(0, t.length - 10))).toBeNull();
  });
});

describe('resultatfilen', () => {
  const ok = resultat('AB', lyset, () => 'taeller');
  it('godtager en gyldig fil', () => {
    expect(kontrollerResultat(JSON.parse(JSON.stringify(ok)), 'ab.json', lyset)).toMatchObject({ ok: true });
  });
  it.each([
    ['ikke JSON', '{"format":', /ab\.json: kunne ikke læses/],
    ['andet format', JSON.stringify({ ...ok, format: 'x' }), /ab\.json: er ikke et kalibreringsresultat/],
    [
      'andet tilbud',
      JSON.stringify({ ...ok, scenarie: broen, svar: Object.fromEntries(broen.personer.map((p) => [p.id, 'taeller'])) }),
      /ab\.json: hører til et andet tilbud \(»[^«]*Broen/,
    ],
    [
      'ændret tilbud',
      JSON.stringify({ ...ok, scenarie: { ...lyset, personer: lyset.personer.map((p, i) => (i === 0 ? { ...p, alder: 35 } : p)) } }),
      /ab\.json: hører til en ændret udgave af »Krisecentret Lyset«/,
    ],
    ['ukendt person', JSON.stringify({ ...ok, svar: { ...ok.svar, zz: 'taeller' } }), /person, der ikke er i tilbuddet \("zz"\)/],
    ['manglende svar', JSON.stringify({ ...ok, svar: { k1: 'taeller' } }), /mangler svar for Amira/],
    ['ugyldig score', JSON.stringify({ ...ok, score: 7 }), /score, der ikke er 1–5/],
    ['ugyldigt svar', JSON.stringify({ ...ok, svar: { ...ok.svar, k1: 'ja' } }), /ugyldigt svar for "k1"/],
  ])('afviser %s med en dansk besked, der nævner filen', (_n, tekst, besked) => {
    const r = laesResultatTekst(tekst, 'ab.json', lyset);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fejl).toMatch(besked);
  });
});

describe('sammenligningen', () => {
  it('tæller fordeling, enighed, kappa og scorer', () => {
    const r = [
      resultat('A', lyset, () => 'taeller', 4),
      resultat('B', lyset, (_id, i) => (i === 0 ? 'taeller-ikke' : 'taeller'), 3),
      resultat('C', lyset, (_id, i) => (i === 0 ? 'udelades' : 'taeller'), null),
    ];
    const s = sammenlign(lyset, r);
    expect(s.deltagere).toBe(3);
    expect(s.personer[0]).toEqual({ id: 'k1', fordeling: { taeller: 1, 'taeller-ikke': 1, udelades: 1 }, enighed: 0 });
    expect(s.personer[1].enighed).toBe(1);
    expect(s.scorer).toEqual({ '1': 0, '2': 0, '3': 1, '4': 1, '5': 0 });
    expect(s.udenScore).toBe(1);
    expect(somJson(s)).toEqual({ deltagere: 3, personer: s.personer, fleissKappa: s.fleissKappa, scorer: s.scorer });
    const csv = tilCsv(lyset, r, s, (u) => u);
    expect(csv.split('\r\n')[0]).toBe('Person;A;B;C;Enighed');
    expect(csv).toContain('Sara;taeller;taeller-ikke;udelades;0,00');
  });
  it('forklarer et udefineret kappa i ord', () => {
    const s = sammenlign(lyset, [resultat('A', lyset, () => 'taeller'), resultat('B', lyset, () => 'taeller')]);
    expect(s.fleissKappa).toBeNull();
    expect(kappaIOrd(s.kappa)).toMatch(/alle deltagere har givet samme svar/);
  });
});
