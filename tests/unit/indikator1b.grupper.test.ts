/**
 * Beregnerens hurtige tilstand (antal pr. gruppe) og feltet for et antal: samme resultat som en
 * personliste med de samme personer, og danske beskeder for alt andet end hele tal fra 0 til 10.000.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  GRUPPER,
  LAESNING_IDER,
  LAESNING_VALG,
  MAKS_PERSONER,
  TILBUDSTYPER,
  beregn,
  gruppeEnheder,
  laesAntal,
  medLaesninger,
  type LaesningId,
  type Laesninger,
  type Person,
} from '../../src/domain/indikator1b/index.ts';

const laesningerArb: fc.Arbitrary<Laesninger> = fc.record(
  Object.fromEntries(LAESNING_IDER.map((id) => [id, fc.constantFrom(...LAESNING_VALG[id])])) as {
    [L in LaesningId]: fc.Arbitrary<Laesninger[L]>;
  },
);

/** De samme personer som en liste, skrevet ud fra gruppens beskrivelse (rolle, kategori, pension). */
function somListe(antal: Record<string, number>): Person[] {
  return GRUPPER.flatMap((g) =>
    Array.from({ length: antal[g.id] ?? 0 }, (_, j): Person => ({
      id: `${g.id}-${j}`,
      navn: `${g.id} ${j}`,
      rolle: g.rolle,
      ...(g.pension ? { pension: g.pension } : {}),
      forloeb: g.kategori ? [{ kategori: g.kategori }] : [],
    })),
  );
}

// Egenskabstest kører mange tilfælde; på en delt maskine kan det tage over standardgrænsen på 5 s.
describe('beregnerens grupper', { timeout: 60_000 }, () => {
  it('har entydige id’er, danske navne og dækker borgere og børn', () => {
    expect(new Set(GRUPPER.map((g) => g.id)).size).toBe(GRUPPER.length);
    for (const g of GRUPPER) expect(g.navn).toMatch(/^[A-ZÆØÅ]/);
    expect(GRUPPER.some((g) => g.rolle === 'barn' && g.kategori === 'ordinaer-uddannelse')).toBe(true); // en ung i uddannelse
    expect(GRUPPER.some((g) => g.pension === 'folkepension')).toBe(true);
    expect(GRUPPER.some((g) => g.pension === 'foertidspension')).toBe(true);
  });

  it('gruppeEnheder udelader grupper med 0 og bevarer antallet', () => {
    const e = gruppeEnheder({ 'borger-veu': 2, 'borger-egen-aktivitet': 0, 'barn-dagtilbud': 3 });
    expect(e.map((x) => [x.person.rolle, x.person.forloeb.map((f) => f.kategori), x.antal])).toEqual([
      ['borger', ['veu'], 2],
      ['barn', ['dagtilbud'], 3],
    ]);
  });

  it('hver gruppe vurderes efter de samme regler som en person', () => {
    const en = (id: string, l: Laesninger = medLaesninger(), type = 'sel-109') => beregn(gruppeEnheder({ [id]: 1 }), type, l).personer[0];
    expect(en('borger-sel-104')).toMatchObject({ udfald: 'taeller', regel: 'samvaer-aktivitet' });
    expect(en('borger-egen-aktivitet')).toMatchObject({ udfald: 'taeller-ikke', regel: 'egen-aktivitet' });
    expect(en('borger-folkepension-ingen')).toMatchObject({ udfald: 'udelades', regel: 'folkepension-uden-tilbud' });
    expect(en('borger-foertidspension-ingen')).toMatchObject({ udfald: 'taeller-ikke', laesning: 'foertidspension' });
    expect(en('borger-foertidspension-ingen', medLaesninger({ foertidspension: 'udelades' }))).toMatchObject({ udfald: 'udelades' });
    expect(en('barn-grundskole')).toMatchObject({ udfald: 'taeller', regel: 'barn-i-tilbud' });
    expect(en('barn-ungdom')).toMatchObject({ udfald: 'taeller', regel: 'barn-andet' });
    expect(en('barn-ungdom', medLaesninger({ 'unge-medfoelgende': 'udelades' }))).toMatchObject({ udfald: 'udelades' });
    expect(en('barn-egen-aktivitet')).toMatchObject({ udfald: 'taeller-ikke', regel: 'barn-egen-pasning' });
    expect(en('borger-stu', medLaesninger(), 'barnets-lov-43-1-7')).toMatchObject({ udfald: 'taeller-ikke', regel: 'gaelder-ikke' });
  });

  it('giver præcis samme tal, score og grupper som en personliste med de samme personer (egenskab)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 6 }), { minLength: GRUPPER.length, maxLength: GRUPPER.length }),
        fc.constantFrom(...TILBUDSTYPER),
        laesningerArb,
        (tal, type, l) => {
          const antal = Object.fromEntries(GRUPPER.map((g, i) => [g.id, tal[i]]));
          const { personer: _a, ...hurtig } = beregn(gruppeEnheder(antal), type, l);
          const { personer: _b, ...liste } = beregn(
            somListe(antal).map((person) => ({ person, antal: 1 })),
            type,
            l,
          );
          expect(hurtig).toEqual(liste);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('regner store antal uden at miste personer', () => {
    const r = beregn(gruppeEnheder({ 'borger-ordinaer-beskaeftigelse': 6_499, 'borger-ingen': 3_501 }), 'sel-108');
    expect(r).toMatchObject({ taeller: 6_499, grundlag: 10_000, score: 3 });
    const s = beregn(gruppeEnheder({ 'borger-ordinaer-beskaeftigelse': 6_500, 'borger-ingen': 3_500 }), 'sel-108');
    expect(s).toMatchObject({ taeller: 6_500, grundlag: 10_000, score: 4 });
  });
});

describe('laesAntal', { timeout: 60_000 }, () => {
  it('godtager hele tal fra 0 til 10.000 skrevet med cifre; tomt felt er 0', () => {
    expect(laesAntal('')).toEqual({ ok: true, antal: 0 });
    expect(laesAntal('   ')).toEqual({ ok: true, antal: 0 });
    expect(laesAntal('0')).toEqual({ ok: true, antal: 0 });
    expect(laesAntal(' 12 ')).toEqual({ ok: true, antal: 12 });
    expect(laesAntal('007')).toEqual({ ok: true, antal: 7 });
    expect(laesAntal('1 000')).toEqual({ ok: true, antal: 1000 });
    expect(laesAntal('10000')).toEqual({ ok: true, antal: MAKS_PERSONER });
  });

  it.each([
    ['2,5', /decimaltal/],
    ['2.5', /decimaltal/],
    ['1e5', /helt tal skrevet med cifre/],
    ['-3', /negativt/],
    ['10001', /højst 10\.000 personer/],
    ['abc', /helt tal skrevet med cifre/],
    ['9007199254740993', /højst 10\.000 personer/],
    ['99999999999999999999999', /højst 10\.000 personer/],
    ['+5', /helt tal skrevet med cifre/],
    ['0x10', /helt tal skrevet med cifre/],
    ['Infinity', /helt tal skrevet med cifre/],
    ['١٢', /helt tal skrevet med cifre/],
  ])('"%s" giver en dansk besked', (tekst, besked) => {
    const r = laesAntal(tekst);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.besked).toMatch(besked);
    expect(r.besked).toContain(`du skrev ${tekst.trim()}`);
  });

  it('et andet loft kan gives (alder op til 120)', () => {
    expect(laesAntal('120', 120)).toEqual({ ok: true, antal: 120 });
    expect(laesAntal('121', 120)).toMatchObject({ ok: false, besked: expect.stringMatching(/højst 120/) });
  });

  it('godtager præcis cifferstrenge op til loftet, og antallet er tallet (egenskab)', () => {
    const tekst = fc.oneof(
      fc.string(),
      fc.stringMatching(/^ ?-?[0-9]{1,6}([,.e][0-9]{1,3})? ?$/),
      fc.integer({ min: -20, max: 20_000 }).map(String),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
    );
    fc.assert(
      fc.property(tekst, (t) => {
        const r = laesAntal(t);
        const ren = t.trim().replace(/\s+/g, '');
        const gyldig = ren === '' || (/^[0-9]+$/.test(ren) && BigInt(ren) <= BigInt(MAKS_PERSONER));
        expect(r.ok, JSON.stringify(t)).toBe(gyldig);
        if (r.ok) {
          expect(Number.isSafeInteger(r.antal)).toBe(true);
          expect(r.antal).toBe(ren === '' ? 0 : Number(ren));
        } else {
          expect(r.besked.length).toBeGreaterThan(10);
          for (const ord of ['NaN', 'undefined', 'Infinity']) if (!t.includes(ord)) expect(r.besked).not.toContain(ord);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
