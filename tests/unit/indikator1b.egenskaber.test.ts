/**
 * Egenskaber for indikator 1.b: tilfældige tilbud (personer med roller, pensioner, alle kategorier,
 * andet særligt tilbud med hjemmel, fravær med og uden mulighed for at vende tilbage) under tilfældige
 * læsninger. Reglerne, læsningerne, alternativerne og udkastet skal hænge sammen i alle tilfælde.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FRAVAERSTYPER,
  KATEGORIER,
  KATEGORI_NAVNE,
  LAESNING_IDER,
  LAESNING_VALG,
  PENSIONER,
  TILBUDSTYPER,
  afgoerendeLaesninger,
  alternativer,
  baandFor,
  beregn,
  erBoerneomraadet,
  gruppeSaetning,
  medLaesninger,
  muligeUdfald,
  andelTekst,
  procentTekst,
  scoreFor,
  udkastTilBedoemmelse,
  valg,
  vurderPerson,
  type Enhed,
  type Forloeb,
  type Kategori,
  type LaesningId,
  type Laesninger,
  type Person,
  type Resultat,
} from '../../src/domain/indikator1b/index.ts';

// ---------------------------------------------------------------------------------------------
// Tilfældige tilbud og læsninger

/** Beskrivelser og hjemler som en bruger kunne skrive dem (uden lige anførselstegn). */
const fritekst = fc.stringMatching(/^[A-Za-zÆØÅæøå§][A-Za-zÆØÅæøå0-9§ ,.-]{0,30}$/);

const forloebArb: fc.Arbitrary<Forloeb> = fc
  .record(
    {
      kategori: fc.constantFrom(...KATEGORIER),
      timerPrUge: fc.integer({ min: 0, max: 60 }),
      fravaer: fc.constantFrom(...FRAVAERSTYPER),
      kanVendeTilbage: fc.boolean(),
      beskrivelse: fritekst,
      hjemmel: fritekst,
    },
    { requiredKeys: ['kategori'] },
  )
  .map((f) => {
    // Skemaet kræver hjemmel ved et andet særligt tilbud.
    if (f.kategori === 'andet-saerligt-tilbud' && f.hjemmel === undefined) return { ...f, hjemmel: 'lov om social service § 1' };
    return f;
  });

const personArb = fc.record(
  {
    rolle: fc.constantFrom('borger' as const, 'barn' as const),
    pension: fc.constantFrom(...PENSIONER),
    alder: fc.integer({ min: 0, max: 120 }),
    forloeb: fc.array(forloebArb, { maxLength: 3 }),
  },
  { requiredKeys: ['rolle', 'forloeb'] },
);

const personerArb = fc.array(personArb, { maxLength: 14 }).map((ps) => ps.map((p, i): Person => ({ id: `p${i}`, navn: `P${i}`, ...p })));

const laesningerArb: fc.Arbitrary<Laesninger> = fc.record(
  Object.fromEntries(LAESNING_IDER.map((id) => [id, fc.constantFrom(...LAESNING_VALG[id])])) as {
    [L in LaesningId]: fc.Arbitrary<Laesninger[L]>;
  },
);

const tilbudArb = fc.record({ tilbudstype: fc.constantFrom(...TILBUDSTYPER), personer: personerArb, laesninger: laesningerArb });

const somEnheder = (ps: Person[]): Enhed[] => ps.map((person) => ({ person, antal: 1 }));
const skift = (l: Laesninger, id: LaesningId, v: string) => ({ ...l, [id]: v }) as Laesninger;
/** Resultatet uden de valgte læsninger og uden personernes ekstra regler (dem, der "også var i spil"). */
const udenLaesninger = ({ laesninger: _l, personer, ...r }: Resultat) => ({
  ...r,
  personer: personer.map(({ ekstraRegler: _e, ...p }) => p),
});
const stort = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const smaat = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function udkastFor(personer: Person[], tilbudstype: string, l: Laesninger, navn = 'Testhjemmet') {
  const e = somEnheder(personer);
  const r = beregn(e, tilbudstype, l);
  const alt = alternativer(e, tilbudstype, l, r);
  return { r, alt, t: udkastTilBedoemmelse(r, alt, navn) };
}

// ---------------------------------------------------------------------------------------------

// Egenskabstest kører mange tilfælde; på en delt maskine kan det tage over standardgrænsen på 5 s.
describe('udkastet (egenskaber)', { timeout: 60_000 }, () => {
  it('nævner hver gruppe med et antal over 0', () => {
    fc.assert(
      fc.property(tilbudArb, ({ tilbudstype, personer, laesninger }) => {
        const { r, t } = udkastFor(personer, tilbudstype, laesninger);
        for (const g of r.grupper) {
          expect(g.antal).toBeGreaterThan(0);
          const s = gruppeSaetning(g);
          if (s !== null) expect(t.includes(s) || t.includes(stort(s)), `${s}\n---\n${t}`).toBe(true);
        }
        if (!r.gaelder) return;
        // Borgere, der tæller uden en særlig sætning, står i fordelingen på kategorier.
        const pr = new Map<Kategori, number>();
        for (const g of r.grupper.filter((x) => x.rolle === 'borger' && x.udfald === 'taeller')) {
          for (const [k, n] of Object.entries(g.kategorier) as [Kategori, number][]) pr.set(k, (pr.get(k) ?? 0) + n);
        }
        for (const [k, n] of pr) expect(t).toContain(`${n} i ${smaat(KATEGORI_NAVNE[k])}`);
        // Borgere og medfølgende børn nævnes hver for sig, når begge er i grundlaget.
        if (r.borgere.grundlag > 0) expect(t).toContain(`${r.borgere.taeller} af ${r.borgere.grundlag} borger`);
        if (r.boern.grundlag > 0) {
          const boern = r.boern.grundlag === 1 ? '1 medfølgende barn' : `${r.boern.grundlag} medfølgende børn`;
          expect(t).toContain(`${boern} er ${r.boern.taeller} (`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('er i tilsynets stemme, uden udviklerord og kun med danske anførselstegn', () => {
    fc.assert(
      fc.property(tilbudArb, fritekst, ({ tilbudstype, personer, laesninger }, navn) => {
        const { r, alt, t } = udkastFor(personer, tilbudstype, laesninger, navn);
        expect(t).not.toContain('"');
        for (const ord of ['content/', '.json', 'motor', 'sitets fortolkning', 'grænserne mellem trinnene', 'undefined', 'null', 'NaN']) {
          expect(t.toLowerCase()).not.toContain(ord.toLowerCase());
        }
        if (!r.gaelder) {
          expect(t).toMatch(/^Indikator 1\.b bedømmes ikke for /);
          return;
        }
        expect(t).toContain(navn.trim() || 'tilbuddet');
        expect(t.startsWith('Socialtilsynet')).toBe(true);
        if (r.score !== null) {
          expect(t).toContain(`(score ${r.score})`);
          expect(t).toContain('driftsorienterede tilsyn');
        } else {
          expect(t).not.toMatch(/score \d/);
        }
        // De læsninger, der afgør scoren, står i én sætning.
        for (const id of afgoerendeLaesninger(alt)) expect(t).toContain(valg(id, r.laesninger[id]).udkast);
        if (afgoerendeLaesninger(alt).length === 0) expect(t).not.toContain('lagt til grund');
      }),
      { numRuns: 200 },
    );
  });
});

describe('læsningerne (egenskaber)', { timeout: 60_000 }, () => {
  it('en læsning, som ingen person afgøres af, ændrer intet (pension og medfølgende unge)', () => {
    const personLaesninger: LaesningId[] = ['folkepension', 'foertidspension', 'unge-medfoelgende'];
    fc.assert(
      fc.property(tilbudArb, fc.constantFrom(...personLaesninger), ({ tilbudstype, personer, laesninger }, id) => {
        // KENDT FEJL (se testen nedenfor): et barn i både dag-/grundskoletilbud og ungdomsuddannelse/job.
        const e = somEnheder(personer);
        const r = beregn(e, tilbudstype, laesninger);
        fc.pre(r.personer.every((p) => p.laesning !== id));
        for (const v of LAESNING_VALG[id]) {
          expect(udenLaesninger(beregn(e, tilbudstype, skift(laesninger, id, v))), `${id}=${v}`).toEqual(udenLaesninger(r));
        }
      }),
      { numRuns: 400 },
    );
  });

  // KENDT FEJL (meldt til lead): et medfølgende barn i både grundskole og gymnasium tæller under begge
  // valg af "unge-medfoelgende", men med forløbene i rækkefølgen [gymnasium, grundskole] skifter den
  // afgørende regel fra barn-i-tilbud (eller fravaer) til barn-andet, og læsningen står som afgørende for
  // barnet, når unge tæller med. Udkastet kalder så barnet "medfølgende ung i uddannelse". Reglen bør ikke
  // afhænge af rækkefølgen: et forløb, der tæller uden en læsning, bør afgøre (vurderPerson: vælg blandt
  // taellende uden barn-andet, hvis der er nogen; afprøvet i en kopi – så holder egenskaben ovenfor uden
  // fc.pre). Når det er rettet, fejler it.fails: ret den til it, og fjern fc.pre(!personer.some(iBeggeDele)).
  it('RETTET: et barn i grundskole og gymnasium afgøres ikke af læsningen om unge', () => {
    for (const skole of [{ kategori: 'grundskole' as const }, { kategori: 'grundskole' as const, fravaer: 'midlertidigt' as const }]) {
      const barn: Person = { id: 'b', navn: 'B', rolle: 'barn', forloeb: [{ kategori: 'ordinaer-uddannelse' }, skole] };
      const e = somEnheder([barn]);
      const l = medLaesninger({ 'unge-medfoelgende': 'udelades' });
      const r = beregn(e, 'sel-109', l);
      expect(r.personer[0]).toMatchObject({ udfald: 'taeller', laesning: null });
      expect(udenLaesninger(beregn(e, 'sel-109', skift(l, 'unge-medfoelgende', 'taeller')))).toEqual(udenLaesninger(r));
    }
  });

  it('børneområdets læsning ændrer intet på et tilbud til voksne', () => {
    fc.assert(
      fc.property(tilbudArb, ({ tilbudstype, personer, laesninger }) => {
        fc.pre(!erBoerneomraadet(tilbudstype));
        const e = somEnheder(personer);
        const r = beregn(e, tilbudstype, laesninger);
        for (const v of LAESNING_VALG.boerneomraadet)
          expect(udenLaesninger(beregn(e, tilbudstype, skift(laesninger, 'boerneomraadet', v)))).toEqual(udenLaesninger(r));
      }),
    );
  });

  it('grænserne og børn-og-voksne ændrer aldrig, hvem der tæller, og hvem der udelades', () => {
    fc.assert(
      fc.property(tilbudArb, ({ tilbudstype, personer, laesninger }) => {
        const e = somEnheder(personer);
        const r = beregn(e, tilbudstype, laesninger);
        for (const id of ['graenser', 'boern-og-voksne', 'boerneomraadet'] as const) {
          for (const v of LAESNING_VALG[id]) {
            const a = beregn(e, tilbudstype, skift(laesninger, id, v));
            expect(a.personer).toEqual(r.personer);
            expect(a.grupper).toEqual(r.grupper);
            expect([a.borgere.taeller, a.borgere.grundlag, a.boern.taeller, a.boern.grundlag, a.udeladt]).toEqual([
              r.borgere.taeller,
              r.borgere.grundlag,
              r.boern.taeller,
              r.boern.grundlag,
              r.udeladt,
            ]);
          }
        }
      }),
    );
  });

  it('uden medfølgende børn i grundlaget giver de tre måder at regne børn og voksne samme tal og score', () => {
    fc.assert(
      fc.property(tilbudArb, ({ tilbudstype, personer, laesninger }) => {
        const e = somEnheder(personer);
        const r = beregn(e, tilbudstype, laesninger);
        fc.pre(r.boern.grundlag === 0);
        for (const v of LAESNING_VALG['boern-og-voksne']) {
          const a = beregn(e, tilbudstype, skift(laesninger, 'boern-og-voksne', v));
          expect([a.taeller, a.grundlag, a.andel, a.score]).toEqual([r.taeller, r.grundlag, r.andel, r.score]);
        }
      }),
    );
  });

  it('alternativer(): hvert valg er beregn() under den skiftede læsning, med en anden score, og intet mangler', () => {
    fc.assert(
      fc.property(tilbudArb, ({ tilbudstype, personer, laesninger }) => {
        const e = somEnheder(personer);
        const r = beregn(e, tilbudstype, laesninger);
        const alt = alternativer(e, tilbudstype, laesninger);
        expect(alternativer(e, tilbudstype, laesninger, r)).toEqual(alt);
        for (const a of alt) {
          const anden = beregn(e, tilbudstype, skift(laesninger, a.laesning, a.valg));
          expect(a.valg).not.toBe(laesninger[a.laesning]);
          expect(a.score).toBe(anden.score);
          expect(a.andel).toBe(anden.andel);
          expect(a.score).not.toBe(r.score);
        }
        for (const id of LAESNING_IDER) {
          for (const v of LAESNING_VALG[id]) {
            if (v === laesninger[id]) continue;
            const anden = beregn(e, tilbudstype, skift(laesninger, id, v));
            const fundet = alt.filter((a) => a.laesning === id && a.valg === v);
            expect(fundet.length, `${id}=${v}`).toBe(anden.score === r.score ? 0 : 1);
          }
        }
        expect(afgoerendeLaesninger(alt)).toEqual(LAESNING_IDER.filter((id) => alt.some((a) => a.laesning === id)));
      }),
      { numRuns: 200 },
    );
  });

  it('muligeUdfald(): det valgte udfald først, og hvert andet udfald er vurderPerson() under den nævnte læsning', () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom(...TILBUDSTYPER), laesningerArb, (p, tilbudstype, l) => {
        const person: Person = { id: 'x', navn: 'X', ...p };
        const mulige = muligeUdfald(person, tilbudstype, l);
        expect(mulige[0]).toMatchObject({ valgt: true, udfald: vurderPerson(person, tilbudstype, l).udfald });
        expect(new Set(mulige.map((m) => m.udfald)).size).toBe(mulige.length);
        for (const m of mulige.slice(1)) {
          expect(m.valgt).toBe(false);
          expect(vurderPerson(person, tilbudstype, skift(l, m.laesning as LaesningId, m.valg as string)).udfald).toBe(m.udfald);
        }
      }),
    );
  });
});

describe('reglerne (egenskaber)', { timeout: 60_000 }, () => {
  it('fejl 1: en medfølgende ung, der kommer i uddannelse eller job, sænker aldrig scoren og tæller aldrig imod', () => {
    const ungdom = fc.constantFrom<Kategori>('ordinaer-uddannelse', 'ordinaer-beskaeftigelse', 'stu', 'saerligt-beskaeftigelsestilbud-unge', 'veu');
    fc.assert(
      fc.property(tilbudArb, fc.nat(), ungdom, ({ tilbudstype, personer, laesninger }, valgt, kategori) => {
        const boern = personer.filter((p) => p.rolle === 'barn');
        fc.pre(boern.length > 0);
        const ung = boern[valgt % boern.length];
        const efter = personer.map((p) => (p === ung ? { ...p, forloeb: [...p.forloeb, { kategori }] } : p));
        const foer = beregn(somEnheder(personer), tilbudstype, laesninger);
        const nu = beregn(somEnheder(efter), tilbudstype, laesninger);
        if (foer.score !== null && nu.score !== null) expect(nu.score).toBeGreaterThanOrEqual(foer.score);
        if (nu.gaelder) expect(nu.personer.find((v) => v.id === ung.id)?.udfald).not.toBe('taeller-ikke');
      }),
      { numRuns: 400 },
    );
  });

  it('scoren falder aldrig, når en borger kommer i et tilbud, der tæller', () => {
    fc.assert(
      fc.property(tilbudArb, fc.nat(), ({ tilbudstype, personer, laesninger }, valgt) => {
        const borgere = personer.filter((p) => p.rolle === 'borger');
        fc.pre(borgere.length > 0);
        const b = borgere[valgt % borgere.length];
        const efter = personer.map((p) => (p === b ? { ...p, forloeb: [...p.forloeb, { kategori: 'ordinaer-beskaeftigelse' as const }] } : p));
        const foer = beregn(somEnheder(personer), tilbudstype, laesninger).score;
        const nu = beregn(somEnheder(efter), tilbudstype, laesninger).score;
        if (foer !== null && nu !== null) expect(nu).toBeGreaterThanOrEqual(foer);
      }),
    );
  });

  it('en borger på folkepension uden tilbud trækker aldrig scoren ned under sitets læsning', () => {
    fc.assert(
      fc.property(tilbudArb, ({ tilbudstype, personer, laesninger }) => {
        const l = skift(laesninger, 'folkepension', 'udelades');
        const pensionist: Person = { id: 'ny', navn: 'Ny', rolle: 'borger', pension: 'folkepension', forloeb: [{ kategori: 'egen-aktivitet' }] };
        const foer = beregn(somEnheder(personer), tilbudstype, l);
        const efter = beregn(somEnheder([...personer, pensionist]), tilbudstype, l);
        expect([efter.score, efter.taeller, efter.grundlag]).toEqual([foer.score, foer.taeller, foer.grundlag]);
      }),
    );
  });

  it('andele ligger i [0, 1], og scoren er null præcis når grundlaget er tomt, 1.b ikke gælder, eller ingen score foreslås', () => {
    fc.assert(
      fc.property(tilbudArb, ({ tilbudstype, personer, laesninger }) => {
        const r = beregn(somEnheder(personer), tilbudstype, laesninger);
        for (const a of [r.andel, r.borgere.andel, r.boern.andel]) if (a !== null) expect(a >= 0 && a <= 1).toBe(true);
        expect(r.taeller).toBeLessThanOrEqual(r.grundlag);
        expect(r.score === null).toBe(r.grundlag === 0 || !r.gaelder || !r.scoreForeslaas);
        expect(r.trin?.score ?? null).toBe(r.score);
        // Hver person er talt præcis én gang.
        const i = r.personer.length;
        expect(r.grupper.reduce((s, g) => s + g.antal, 0)).toBe(i);
        if (r.gaelder) expect(r.borgere.grundlag + r.borgere.udeladt + r.boern.grundlag + r.boern.udeladt).toBe(i);
      }),
    );
  });

  it('kanVendeTilbage: false gør aldrig, at en person tæller; uden fravær betyder det intet', () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom(...TILBUDSTYPER), laesningerArb, (p, tilbudstype, l) => {
        const med = (k: boolean | undefined): Person => ({
          id: 'x',
          navn: 'X',
          ...p,
          forloeb: p.forloeb.map(({ kanVendeTilbage: _k, ...f }) => (k === undefined ? f : { ...f, kanVendeTilbage: k })),
        });
        const udeladt = vurderPerson(med(undefined), tilbudstype, l);
        expect(vurderPerson(med(true), tilbudstype, l)).toEqual(udeladt);
        const ikke = vurderPerson(med(false), tilbudstype, l);
        if (ikke.udfald === 'taeller') expect(udeladt.udfald).toBe('taeller');
        if (p.forloeb.every((f) => f.fravaer === undefined)) expect(ikke).toEqual(udeladt);
      }),
    );
  });
});

describe('grænserne (egenskaber)', { timeout: 60_000 }, () => {
  const alleBaand = LAESNING_VALG.graenser.map((g) => [g, baandFor(medLaesninger({ graenser: g }))] as const);
  const andel = fc.integer({ min: 1, max: 100_000 }).chain((g) => fc.tuple(fc.integer({ min: 0, max: g }), fc.constant(g)));

  it('scoren stiger aldrig, når én færre tæller, og er 5 kun når alle tæller', () => {
    fc.assert(
      fc.property(andel, ([t, g]) => {
        for (const [, b] of alleBaand) {
          const s = scoreFor(t, g, b) ?? 0;
          if (t < g) expect(scoreFor(t + 1, g, b) ?? 0).toBeGreaterThanOrEqual(s);
          expect(s === 5).toBe(t === g);
          expect(s).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('præcis halvdelen giver 3 under begge grænser', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), (h) => {
        for (const [, b] of alleBaand) expect(scoreFor(h, 2 * h, b)).toBe(3);
      }),
    );
  });

  it('den bogstavelige læsning giver 4 for enhver andel over halvdelen og under alle', () => {
    const flertal = baandFor(medLaesninger({ graenser: 'flertal' }));
    fc.assert(
      fc.property(andel, ([t, g]) => {
        fc.pre(2 * t > g && t < g);
        expect(scoreFor(t, g, flertal)).toBe(4);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('procentTekst (egenskaber)', { timeout: 60_000 }, () => {
  const vist = (tekst: string): number | null => {
    const m = /^(\d+(?:,\d+)?) %$/.exec(tekst);
    return m ? Number(m[1].replace(',', '.')) : null;
  };

  it('199 af 200 er 99,5 %, ikke 100 %', () => {
    expect(procentTekst(199, 200)).toBe('99,5 %');
    expect(procentTekst(1, 1000)).toBe('0,1 %');
    expect(procentTekst(5, 7)).toBe('71 %');
    expect(procentTekst(7, 7)).toBe('100 %');
    expect(procentTekst(0, 7)).toBe('0 %');
    expect(procentTekst(0, 0)).toBe('–');
  });

  it('en andel vises som procentTekst: 2/3 er 67 %, 1 er 100 %, ingen andel er –', () => {
    expect(andelTekst(2 / 3)).toBe('67 %');
    expect(andelTekst(1)).toBe('100 %');
    expect(andelTekst(0.995)).toBe('99,5 %');
    expect(andelTekst(null)).toBe('–');
  });

  it('viser aldrig 100 %, før alle tæller, og aldrig 0 %, når nogen tæller (op til 10.000 personer)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }).chain((g) => fc.tuple(fc.integer({ min: 0, max: g }), fc.constant(g))),
        ([t, g]) => {
          const tekst = procentTekst(t, g);
          expect(tekst === '100 %').toBe(t === g);
          expect(tekst === '0 %').toBe(t === 0);
          const v = vist(tekst);
          if (v !== null && t < g) expect(v).toBeLessThan(100);
          if (v !== null && t > 0) expect(v).toBeGreaterThan(0);
          if (v !== null) expect(Math.abs(v - (100 * t) / g)).toBeLessThanOrEqual(0.5);
        },
      ),
      { numRuns: 2000 },
    );
    // Randen: alle grundlag op til 2000 med én under alle og én over ingen.
    for (let g = 2; g <= 2000; g++) {
      expect(procentTekst(g - 1, g)).not.toBe('100 %');
      expect(procentTekst(1, g)).not.toBe('0 %');
    }
  });

  // KENDT FEJL (meldt til lead): 20 af 31 er 64,5 % og giver 3 under sitets grænser, men vises som
  // "65 %" – og udkastet siger samtidig, at »størstedelen« svarer til mindst 65 %. Samme fejlklasse som
  // 199/200 = "100 %" i issue 9. Når procentTekst er rettet, fejler it.fails: ret den så til it.
  it('RETTET: den viste procent når aldrig en grænse for sitets trin, som andelen ikke når', () => {
    const b = baandFor(medLaesninger({ graenser: 'sitets' }));
    for (let g = 1; g <= 200; g++) {
      for (let t = 0; t <= g; t++) {
        const v = vist(procentTekst(t, g));
        const s = scoreFor(t, g, b) ?? 0;
        if (v === null) continue;
        expect(v >= 65, `${t}/${g} vist som ${procentTekst(t, g)} med score ${s}`).toBe(s >= 4);
        expect(v >= 35, `${t}/${g}`).toBe(s >= 3);
        expect(v >= 15, `${t}/${g}`).toBe(s >= 2);
      }
    }
  });
});
