import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KATEGORIER,
  TILBUDSTYPER,
  FRAVAERSTYPER,
  beregnFraAntal,
  beregnScenarie,
  scoreForAndel,
  type Person,
  type Scenarie,
} from '../../src/domain/indikator1b/index.ts';

const antal = fc.record({
  borgereITilbud: fc.nat(60),
  borgereIkkeITilbud: fc.nat(60),
  folkepensionisterUdenTilbud: fc.nat(20),
  boernITilbud: fc.nat(30),
  boernIkkeITilbud: fc.nat(30),
});

const forloeb = fc.record(
  {
    kategori: fc.constantFrom(...KATEGORIER),
    timerPrUge: fc.integer({ min: 0, max: 60 }),
    fravaer: fc.constantFrom(...FRAVAERSTYPER),
  },
  { requiredKeys: ['kategori'] },
);

const person = fc.record(
  {
    rolle: fc.constantFrom('borger' as const, 'barn' as const),
    pension: fc.constantFrom('folkepension' as const, 'foertidspension' as const),
    forloeb: fc.array(forloeb, { maxLength: 3 }),
  },
  { requiredKeys: ['rolle', 'forloeb'] },
);

const scenarie = fc
  .record({ tilbudstype: fc.constantFrom(...TILBUDSTYPER), personer: fc.array(person, { maxLength: 15 }) })
  .map(
    ({ tilbudstype, personer }): Scenarie => ({
      navn: 'Egenskab',
      tilbudstype,
      beskrivelse: 'Genereret.',
      personer: personer.map((p, i): Person => ({ id: `p${i}`, navn: `P${i}`, beskrivelse: 'G.', ...p })),
    }),
  );

describe('egenskaber for indikator 1.b', () => {
  it('scoren falder aldrig, når én person mere tæller', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(200), (grundlag, t) => {
        const taeller = t % grundlag; // 0..grundlag-1
        const foer = scoreForAndel(taeller, grundlag).score ?? 0;
        const efter = scoreForAndel(taeller + 1, grundlag).score ?? 0;
        expect(efter).toBeGreaterThanOrEqual(foer);
      }),
    );
  });

  it('scoren falder aldrig, når en borger kommer i gang (talberegneren)', () => {
    fc.assert(
      fc.property(antal, (a) => {
        fc.pre(a.borgereIkkeITilbud > 0);
        const foer = beregnFraAntal(a).score ?? 0;
        const efter = beregnFraAntal({ ...a, borgereIkkeITilbud: a.borgereIkkeITilbud - 1, borgereITilbud: a.borgereITilbud + 1 }).score ?? 0;
        expect(efter).toBeGreaterThanOrEqual(foer);
      }),
    );
  });

  it('en folkepensionist uden tilbud ændrer aldrig scoren', () => {
    fc.assert(
      fc.property(scenarie, (s) => {
        const foer = beregnScenarie(s);
        const pensionist: Person = { id: 'ny', navn: 'Ny', rolle: 'borger', pension: 'folkepension', beskrivelse: 'G.', forloeb: [] };
        const efter = beregnScenarie({ ...s, personer: [...s.personer, pensionist] });
        expect(efter.score).toBe(foer.score);
        expect(efter.andel).toBe(foer.andel);
        expect(efter.grundlag).toBe(foer.grundlag);
      }),
    );
    fc.assert(
      fc.property(antal, (a) => {
        expect(beregnFraAntal({ ...a, folkepensionisterUdenTilbud: a.folkepensionisterUdenTilbud + 1 }).score).toBe(beregnFraAntal(a).score);
      }),
    );
  });

  it('andelen ligger altid i [0, 1]', () => {
    fc.assert(
      fc.property(scenarie, (s) => {
        const r = beregnScenarie(s);
        for (const andel of [r.andel, r.borgere.andel, r.boern.andel]) {
          if (andel !== null) {
            expect(andel).toBeGreaterThanOrEqual(0);
            expect(andel).toBeLessThanOrEqual(1);
          }
        }
        expect(r.taeller).toBeLessThanOrEqual(r.grundlag);
      }),
    );
  });

  it('scoren er null, hvis og kun hvis grundlaget er tomt eller indikatoren ikke gælder', () => {
    fc.assert(
      fc.property(scenarie, (s) => {
        const r = beregnScenarie(s);
        expect(r.score === null).toBe(r.grundlag === 0 || !r.gaelder);
      }),
    );
    fc.assert(
      fc.property(antal, fc.constantFrom(...TILBUDSTYPER), (a, t) => {
        const r = beregnFraAntal(a, t);
        expect(r.score === null).toBe(r.grundlag === 0 || !r.gaelder);
      }),
    );
  });

  it('score 5 kun når alle tæller, og naboscorer er altid ±1 og aldrig 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(200), (grundlag, t) => {
        const taeller = t % (grundlag + 1);
        const r = scoreForAndel(taeller, grundlag);
        expect(r.score === 5).toBe(taeller === grundlag);
        for (const s of r.ogsaaForsvarligt) {
          expect(Math.abs(s - (r.score ?? 0))).toBe(1);
          expect(s).not.toBe(5);
        }
      }),
    );
  });

  it('scenarie og talberegner giver samme tal', () => {
    fc.assert(
      fc.property(scenarie, (s) => {
        const r = beregnScenarie(s);
        const borgere = r.personer.filter((_, i) => s.personer[i].rolle === 'borger');
        const boern = r.personer.filter((_, i) => s.personer[i].rolle === 'barn');
        const { personer: _p, ...uden } = r;
        expect(
          beregnFraAntal(
            {
              borgereITilbud: borgere.filter((p) => p.taeller).length,
              borgereIkkeITilbud: borgere.filter((p) => !p.taeller && !p.udeladt).length,
              folkepensionisterUdenTilbud: borgere.filter((p) => p.udeladt).length,
              boernITilbud: boern.filter((p) => p.taeller).length,
              boernIkkeITilbud: boern.filter((p) => !p.taeller).length,
            },
            s.tilbudstype,
          ),
        ).toEqual(uden);
      }),
    );
  });
});
