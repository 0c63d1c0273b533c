/**
 * Reglerne for én person, grænserne mellem scorerne og skemaet for scenariefiler. Forventningerne er
 * udledt i hånden af vejledningen (kilde 000, "Særlige uddannelses- og beskæftigelsestilbud omfattet
 * af temaet" og "Anbefalinger til bedømmelse af indikator 1.b") og af læsningernes tekster.
 */
import { describe, expect, it } from 'vitest';
import {
  FRAVAER_NAVNE,
  GRUPPER,
  KATEGORI_NAVNE,
  LAESNINGS_DATA,
  LAESNING_VALG,
  PENSION_NAVNE,
  REGLER,
  ROLLE_NAVNE,
  TILBUDSTYPE_NAVNE,
  UDFALD_NAVNE,
  REGEL_IDER,
  STANDARD_LAESNINGER,
  baandFor,
  beregn,
  medLaesninger,
  naboScorer,
  regelHref,
  scoreFor,
  vurderPerson,
  type Forloeb,
  type Laesninger,
  type Person,
} from '../../src/domain/indikator1b/index.ts';
import { valider } from '../../src/schemas/scenarie.ts';

let n = 0;
function borger(forloeb: Forloeb[] = [], ekstra: Partial<Person> = {}): Person {
  n++;
  return { id: `p${n}`, navn: `Person ${n}`, rolle: 'borger', forloeb, ...ekstra };
}
function barn(forloeb: Forloeb[] = [], ekstra: Partial<Person> = {}): Person {
  return borger(forloeb, { rolle: 'barn', ...ekstra });
}
const job: Forloeb = { kategori: 'ordinaer-beskaeftigelse' };
const SITETS = baandFor(STANDARD_LAESNINGER);
const FLERTAL = baandFor(medLaesninger({ graenser: 'flertal' }));

describe('regeldata', () => {
  it('har titel, forklaring og kilde for hver regel, og id svarer til nøglen', () => {
    for (const id of REGEL_IDER) {
      const r = REGLER[id];
      expect(r.id).toBe(id);
      expect(r.titel.length).toBeGreaterThan(5);
      expect(r.forklaring.length).toBeGreaterThan(20);
      expect(['/vejledning/indikator-1b/', '/vejledning/saerlige-tilbud/']).toContain(r.kilde.side);
    }
  });

  it('regler, der afgøres af en læsning, er markeret som sitets fortolkning og peger på en kendt læsning', () => {
    for (const id of REGEL_IDER) {
      const r = REGLER[id] as { laesning?: string; fortolkning: boolean };
      if (r.laesning) {
        expect(r.fortolkning, id).toBe(true);
        expect(Object.keys(LAESNING_VALG), id).toContain(r.laesning);
      }
    }
    expect(REGLER['barn-andet']).toMatchObject({ fortolkning: true, laesning: 'unge-medfoelgende' });
    expect(REGLER['folkepension-uden-tilbud']).toMatchObject({ fortolkning: true, laesning: 'folkepension' });
    expect(REGLER.ordinaer.fortolkning).toBe(false);
    expect(REGLER['fravaer-uden-plads'].fortolkning).toBe(false);
  });

  it('reglen for en medfølgende ung siger ikke længere, at uddannelsen er uden betydning', () => {
    // Fejl 1 i issue 9: reglen sagde "uden betydning", men barnet trak scoren ned.
    expect(REGLER['barn-andet'].forklaring).not.toMatch(/uden betydning/);
    expect(REGLER['barn-andet'].forklaring).toMatch(/aldrig imod tilbuddet/);
  });

  it('bygger links til overskrifterne', () => {
    expect(regelHref('folkepension-uden-tilbud')).toBe('/vejledning/indikator-1b/#borgere-paa-folkepension');
    expect(regelHref('egen-aktivitet')).toBe('/vejledning/saerlige-tilbud/#tilbuddets-egne-aktiviteter-taeller-ikke');
    expect(regelHref('gaelder-ikke')).toBe('/vejledning/indikator-1b/#hvilke-tilbud-gaelder-indikator-1-b-for');
  });
});

describe('tekster, brugeren ser', () => {
  it('regler, navne, grupper og læsninger har ingen udviklerord, feltnavne eller lige anførselstegn', () => {
    const synlige = [
      ...REGEL_IDER.flatMap((id) => [REGLER[id].titel, REGLER[id].forklaring]),
      ...Object.values(KATEGORI_NAVNE),
      ...Object.values(UDFALD_NAVNE),
      ...Object.values(ROLLE_NAVNE),
      ...Object.values(FRAVAER_NAVNE),
      ...Object.values(PENSION_NAVNE),
      ...Object.values(TILBUDSTYPE_NAVNE),
      ...GRUPPER.map((g) => g.navn),
      LAESNINGS_DATA.beskrivelse,
      ...LAESNINGS_DATA.laesninger.flatMap((l) => [l.titel, l.hvorfor, l.kilde.afsnit, ...l.valg.flatMap((v) => [v.navn, v.forklaring, v.udkast])]),
    ];
    expect(synlige.length).toBeGreaterThan(80);
    for (const t of synlige) {
      expect(t, t).not.toMatch(/motor|content\/|\.json|undefined|\bnull\b/i);
      expect(t, t).not.toMatch(/\b[a-z]+[A-Z][a-z]+/); // feltnavne som kanVendeTilbage
      expect(t, t).not.toContain('"');
    }
  });
});

describe('vurderPerson under standardlæsningerne', () => {
  it.each([
    ['ordinaer-uddannelse', 'ordinaer'],
    ['ordinaer-beskaeftigelse', 'ordinaer'],
    ['stu', 'saerlig-uddannelse'],
    ['specialundervisning-voksne', 'saerlig-uddannelse'],
    ['veu', 'saerlig-uddannelse'],
    ['sel-103', 'saerlig-beskaeftigelse'],
    ['saerligt-tilrettelagt-beskaeftigelse', 'saerlig-beskaeftigelse'],
    ['saerligt-beskaeftigelsestilbud-unge', 'saerlig-beskaeftigelse'],
    ['sel-104', 'samvaer-aktivitet'],
    ['dagtilbud', 'voksen-dag-grundskole'],
    ['grundskole', 'voksen-dag-grundskole'],
  ] as const)('borger i %s tæller (regel %s)', (kategori, regel) => {
    const v = vurderPerson(borger([{ kategori }]), 'sel-108');
    expect(v).toMatchObject({ udfald: 'taeller', taeller: true, udeladt: false, regel, laesning: null, kategori });
  });

  it('et andet særligt tilbud med hjemmel tæller (vejledningens liste er åben: »såsom«)', () => {
    const v = vurderPerson(borger([{ kategori: 'andet-saerligt-tilbud', hjemmel: 'lov om aktiv beskæftigelsesindsats § 1' }]), 'sel-108');
    expect(v).toMatchObject({ udfald: 'taeller', regel: 'andet-saerligt', kategori: 'andet-saerligt-tilbud' });
  });

  it('tilbuddets egne aktiviteter tæller ikke, uanset timetal', () => {
    const v = vurderPerson(borger([{ kategori: 'egen-aktivitet', timerPrUge: 30 }]), 'sel-108');
    expect(v).toMatchObject({ udfald: 'taeller-ikke', regel: 'egen-aktivitet', laesning: null });
    expect(v.ekstraRegler).toContain('ikke-i-gang');
    expect(v.ekstraRegler).not.toContain('omfang');
  });

  it('egen aktivitet ved siden af et § 104-tilbud ændrer ikke, at borgeren tæller', () => {
    expect(vurderPerson(borger([{ kategori: 'egen-aktivitet' }, { kategori: 'sel-104' }]), 'sel-108')).toMatchObject({
      udfald: 'taeller',
      regel: 'samvaer-aktivitet',
    });
  });

  it('ingen forløb: tæller ikke, uden ekstra regler', () => {
    expect(vurderPerson(borger(), 'sel-110')).toMatchObject({ udfald: 'taeller-ikke', regel: 'ikke-i-gang', ekstraRegler: [] });
  });

  describe('fravær', () => {
    it.each(['midlertidigt', 'orlov', 'sygemeldt'] as const)('fravær (%s) uden kanVendeTilbage: kan vende tilbage, tæller', (fravaer) => {
      const v = vurderPerson(borger([{ ...job, fravaer }]), 'sel-101');
      expect(v).toMatchObject({ udfald: 'taeller', regel: 'fravaer' });
      expect(v.ekstraRegler).toContain('ordinaer');
    });

    it('kanVendeTilbage: true er det samme som udeladt', () => {
      const a = vurderPerson(borger([{ ...job, fravaer: 'orlov' }], { id: 'x' }), 'sel-101');
      const b = vurderPerson(borger([{ ...job, fravaer: 'orlov', kanVendeTilbage: true }], { id: 'x' }), 'sel-101');
      expect(b).toEqual(a);
    });

    it.each(['midlertidigt', 'orlov', 'sygemeldt'] as const)('fravær (%s) uden mulighed for at vende tilbage tæller ikke', (fravaer) => {
      const v = vurderPerson(borger([{ ...job, fravaer, kanVendeTilbage: false }]), 'sel-101');
      expect(v).toMatchObject({ udfald: 'taeller-ikke', regel: 'fravaer-uden-plads', laesning: null });
    });

    it('et barn, der ikke kan vende tilbage til sin skole, tæller ikke', () => {
      const v = vurderPerson(barn([{ kategori: 'grundskole', fravaer: 'midlertidigt', kanVendeTilbage: false }]), 'sel-109');
      expect(v).toMatchObject({ udfald: 'taeller-ikke', regel: 'fravaer-uden-plads' });
    });

    it('kanVendeTilbage uden fravær har ingen betydning', () => {
      expect(vurderPerson(borger([{ ...job, kanVendeTilbage: false }]), 'sel-101')).toMatchObject({ udfald: 'taeller', regel: 'ordinaer' });
    });

    it('et andet forløb uden fravær redder en borger uden plads', () => {
      const v = vurderPerson(borger([{ ...job, fravaer: 'sygemeldt', kanVendeTilbage: false }, { kategori: 'sel-104' }]), 'sel-101');
      expect(v).toMatchObject({ udfald: 'taeller', regel: 'samvaer-aktivitet' });
      expect(v.ekstraRegler).toContain('fravaer-uden-plads');
    });

    it('fravær fra tilbuddets egen aktivitet tæller ikke', () => {
      expect(vurderPerson(borger([{ kategori: 'egen-aktivitet', fravaer: 'sygemeldt' }]), 'sel-101').udfald).toBe('taeller-ikke');
    });

    it('et forløb uden fravær er den afgørende regel; fraværet nævnes som ekstra', () => {
      const v = vurderPerson(borger([{ ...job, fravaer: 'orlov' }, { kategori: 'veu' }]), 'sel-101');
      expect(v.regel).toBe('saerlig-uddannelse');
      expect(v.ekstraRegler).toContain('fravaer');
    });
  });

  it('omfang: timetallet ændrer intet, og reglen nævnes, når timer er oplyst (ikke for grundskolen)', () => {
    for (const timerPrUge of [0, 1, 2.5, 37, 60]) {
      const v = vurderPerson(borger([{ kategori: 'sel-103', timerPrUge }]), 'sel-108');
      expect(v.udfald).toBe('taeller');
      expect(v.ekstraRegler).toContain('omfang');
    }
    expect(vurderPerson(borger([{ kategori: 'sel-103' }]), 'sel-108').ekstraRegler).not.toContain('omfang');
    const skole = vurderPerson(barn([{ kategori: 'grundskole', timerPrUge: 25 }]), 'sel-109');
    expect(skole.udfald).toBe('taeller');
    expect(skole.ekstraRegler).not.toContain('omfang');
  });

  describe('pension', () => {
    it('folkepension uden noget: udeladt af grundlaget efter sitets læsning, og læsningen står på personen', () => {
      expect(vurderPerson(borger([], { pension: 'folkepension' }), 'sel-108')).toMatchObject({
        udfald: 'udelades',
        udeladt: true,
        regel: 'folkepension-uden-tilbud',
        laesning: 'folkepension',
      });
      const v = vurderPerson(borger([{ kategori: 'egen-aktivitet' }], { pension: 'folkepension' }), 'sel-108');
      expect(v).toMatchObject({ udfald: 'udelades', regel: 'folkepension-uden-tilbud', ekstraRegler: ['egen-aktivitet'] });
    });

    it('folkepension uden noget under den anden læsning: i grundlaget uden at tælle', () => {
      const l = medLaesninger({ folkepension: 'i-grundlaget' });
      expect(vurderPerson(borger([], { pension: 'folkepension' }), 'sel-108', l)).toMatchObject({
        udfald: 'taeller-ikke',
        regel: 'folkepension-uden-tilbud',
        laesning: 'folkepension',
      });
    });

    it('folkepension i et tilbud: tæller som alle andre under begge læsninger', () => {
      for (const folkepension of LAESNING_VALG.folkepension) {
        const v = vurderPerson(borger([{ kategori: 'sel-104' }], { pension: 'folkepension' }), 'sel-108', medLaesninger({ folkepension }));
        expect(v).toMatchObject({ udfald: 'taeller', regel: 'samvaer-aktivitet', laesning: null });
        expect(v.ekstraRegler).toContain('folkepension-i-gang');
      }
    });

    it('førtidspension: i et tilbud tæller borgeren; uden tilbud afgør læsningen', () => {
      for (const foertidspension of LAESNING_VALG.foertidspension) {
        const l = medLaesninger({ foertidspension });
        const i = vurderPerson(borger([{ kategori: 'sel-103' }], { pension: 'foertidspension' }), 'sel-108', l);
        expect(i).toMatchObject({ udfald: 'taeller', regel: 'saerlig-beskaeftigelse', laesning: null });
        expect(i.ekstraRegler).toContain('foertidspension');
      }
      const standard = vurderPerson(borger([], { pension: 'foertidspension' }), 'sel-108');
      expect(standard).toMatchObject({ udfald: 'taeller-ikke', regel: 'ikke-i-gang', ekstraRegler: ['foertidspension'], laesning: 'foertidspension' });
      const udeladt = vurderPerson(borger([], { pension: 'foertidspension' }), 'sel-108', medLaesninger({ foertidspension: 'udelades' }));
      expect(udeladt).toMatchObject({ udfald: 'udelades', regel: 'foertidspension', laesning: 'foertidspension' });
    });

    it('pension har ingen betydning for et medfølgende barn', () => {
      const l = medLaesninger({ folkepension: 'udelades', foertidspension: 'udelades' });
      expect(vurderPerson(barn([], { pension: 'folkepension' }), 'sel-109', l)).toMatchObject({ udfald: 'taeller-ikke', regel: 'barn-egen-pasning' });
      expect(vurderPerson(barn([], { pension: 'foertidspension' }), 'sel-109', l)).toMatchObject({ udfald: 'taeller-ikke', regel: 'barn-egen-pasning' });
    });
  });

  describe('medfølgende børn', () => {
    it.each(['dagtilbud', 'grundskole'] as const)('barn i %s uden for tilbuddet tæller', (kategori) => {
      expect(vurderPerson(barn([{ kategori }]), 'sel-109')).toMatchObject({ udfald: 'taeller', regel: 'barn-i-tilbud', laesning: null });
    });
    it('barn midlertidigt væk fra sin egen skole tæller', () => {
      const v = vurderPerson(barn([{ kategori: 'grundskole', fravaer: 'midlertidigt' }]), 'sel-109');
      expect(v).toMatchObject({ udfald: 'taeller', regel: 'fravaer', ekstraRegler: ['barn-i-tilbud'] });
    });
    it('pasning eller undervisning hos mor eller krisecenter tæller ikke; heller ikke et barn uden noget', () => {
      expect(vurderPerson(barn([{ kategori: 'egen-aktivitet' }]), 'sel-109')).toMatchObject({ udfald: 'taeller-ikke', regel: 'barn-egen-pasning' });
      expect(vurderPerson(barn(), 'sel-109')).toMatchObject({ udfald: 'taeller-ikke', regel: 'barn-egen-pasning' });
    });
    it.each(['ordinaer-uddannelse', 'ordinaer-beskaeftigelse', 'stu', 'sel-104'] as const)(
      'en medfølgende ung i %s tæller med efter standardlæsningen og udelades efter den anden – aldrig imod',
      (kategori) => {
        expect(vurderPerson(barn([{ kategori }]), 'sel-109')).toMatchObject({
          udfald: 'taeller',
          regel: 'barn-andet',
          laesning: 'unge-medfoelgende',
        });
        expect(vurderPerson(barn([{ kategori }]), 'sel-109', medLaesninger({ 'unge-medfoelgende': 'udelades' }))).toMatchObject({
          udfald: 'udelades',
          regel: 'barn-andet',
          laesning: 'unge-medfoelgende',
        });
      },
    );
    it('en ung i både grundskole og job tæller under begge læsninger, og læsningen afgør ikke personen', () => {
      for (const u of LAESNING_VALG['unge-medfoelgende']) {
        const v = vurderPerson(barn([{ kategori: 'grundskole' }, job]), 'sel-109', medLaesninger({ 'unge-medfoelgende': u }));
        expect(v).toMatchObject({ udfald: 'taeller', regel: 'barn-i-tilbud', laesning: null });
      }
    });
  });

  it('gælder ikke for barnets lov § 43, stk. 1, nr. 7 (læst fra kvalitetsmodellens data)', () => {
    expect(vurderPerson(borger([{ kategori: 'grundskole' }]), 'barnets-lov-43-1-7')).toMatchObject({
      udfald: 'taeller-ikke',
      regel: 'gaelder-ikke',
      ekstraRegler: [],
    });
  });
});

/** Vejledningens trin med sitets grænser (65, 35 og 15 %) i heltal, uden kommatal: uafhængig af motoren. */
function sitetsForventet(t: number, g: number): number {
  if (t === g) return 5;
  if (100 * t >= 65 * g) return 4;
  if (100 * t >= 35 * g) return 3;
  if (100 * t >= 15 * g) return 2;
  return 1;
}
/** Den bogstavelige læsning: størstedelen er mere end halvdelen. */
function flertalForventet(t: number, g: number): number {
  if (t === g) return 5;
  if (2 * t > g) return 4;
  if (100 * t >= 35 * g) return 3;
  if (100 * t >= 15 * g) return 2;
  return 1;
}

describe('scoreFor og grænserne', () => {
  it('stemmer med grænserne skrevet i hånden for alle andele med grundlag op til 200', () => {
    for (let g = 1; g <= 200; g++) {
      for (let t = 0; t <= g; t++) {
        expect(scoreFor(t, g, SITETS), `${t}/${g}`).toBe(sitetsForventet(t, g));
        expect(scoreFor(t, g, FLERTAL), `${t}/${g}`).toBe(flertalForventet(t, g));
      }
    }
  });

  it('kendte punkter', () => {
    expect(scoreFor(13, 20, SITETS)).toBe(4); // 0,65
    expect(scoreFor(12, 20, SITETS)).toBe(3); // 0,60
    expect(scoreFor(12, 20, FLERTAL)).toBe(4);
    expect(scoreFor(7, 20, SITETS)).toBe(3); // 0,35
    expect(scoreFor(6, 20, SITETS)).toBe(2); // 0,30
    expect(scoreFor(3, 20, SITETS)).toBe(2); // 0,15
    expect(scoreFor(2, 20, SITETS)).toBe(1); // 0,10
    expect(scoreFor(10, 20, FLERTAL)).toBe(3); // præcis halvdelen
    expect(scoreFor(11, 20, FLERTAL)).toBe(4);
    expect(scoreFor(199, 200, SITETS)).toBe(4);
  });

  it('tomt grundlag giver ingen score', () => {
    expect(scoreFor(0, 0, SITETS)).toBeNull();
  });
});

describe('naboScorer (fejl 2 i issue 9: "kan også forsvares")', () => {
  /** Et resultat med t i gang af g borgere under de givne læsninger. */
  function resultat(t: number, g: number, l: Laesninger = STANDARD_LAESNINGER) {
    return beregn(
      [
        { person: { id: 'a', navn: 'A', rolle: 'borger', forloeb: [job] }, antal: t },
        { person: { id: 'b', navn: 'B', rolle: 'borger', forloeb: [] }, antal: g - t },
      ],
      'sel-108',
      l,
    );
  }

  it('de konkrete tilfælde fra issuet er nu rigtige', () => {
    // 6 af 7: én mere giver 5 (alle); én færre giver stadig 4.
    expect(naboScorer(resultat(6, 7))).toEqual({ enMere: 5, enFaerre: null });
    // 13 af 20 (65 %): kun én færre skifter (12/20 = 60 % → 3); én mere er stadig 4.
    expect(naboScorer(resultat(13, 20))).toEqual({ enMere: null, enFaerre: 3 });
    // 5 af 7 (71 %): 6/7 er stadig 4; 4/7 (57 %) giver 3.
    expect(naboScorer(resultat(5, 7))).toEqual({ enMere: null, enFaerre: 3 });
    // 4 af 7 under den bogstavelige læsning: 4; 3/7 (43 %) → 3; 5/7 → 4.
    expect(naboScorer(resultat(4, 7, medLaesninger({ graenser: 'flertal' })))).toEqual({ enMere: null, enFaerre: 3 });
    // Alle i gang: ingen "én mere".
    expect(naboScorer(resultat(3, 3))).toEqual({ enMere: null, enFaerre: 4 }); // 2/3 ≈ 67 % → 4
    // Ingen i gang: ingen "én færre".
    expect(naboScorer(resultat(0, 10))).toEqual({ enMere: null, enFaerre: null });
    expect(naboScorer(resultat(0, 5))).toEqual({ enMere: 2, enFaerre: null });
  });

  it('stemmer præcist med grænserne for alle tællere og grundlag op til 60 under begge grænser (udtømmende)', () => {
    for (const graenser of LAESNING_VALG.graenser) {
      const l = medLaesninger({ graenser });
      const forventet = graenser === 'sitets' ? sitetsForventet : flertalForventet;
      for (let g = 1; g <= 60; g++) {
        for (let t = 0; t <= g; t++) {
          const r = resultat(t, g, l);
          expect(r.score).toBe(forventet(t, g));
          const mere = t < g ? forventet(t + 1, g) : null;
          const faerre = t > 0 ? forventet(t - 1, g) : null;
          expect(naboScorer(r), `${graenser} ${t}/${g}`).toEqual({
            enMere: mere === r.score ? null : mere,
            enFaerre: faerre === r.score ? null : faerre,
          });
        }
      }
    }
  });

  it('intet at sige, når der ingen score er', () => {
    expect(naboScorer(resultat(0, 0))).toEqual({ enMere: null, enFaerre: null });
  });
});

describe('valider', () => {
  const gyldig = { navn: 'X', tilbudstype: 'sel-108', beskrivelse: 'Y', personer: [] };
  const p = (ekstra: object = {}) => ({ id: 'a', navn: 'A', rolle: 'borger', forloeb: [], ...ekstra });

  it('godtager et gyldigt scenarie og valgfrie felter', () => {
    const r = valider({ ...gyldig, laeringsmaal: 'Z', personer: [p({ beskrivelse: 'B', forloeb: [{ kategori: 'veu', beskrivelse: 'Kursus' }] })] }, 'a.json');
    expect(r.ok).toBe(true);
  });

  it('den gamle tilbudstype "andet" godtages stadig og læses som et andet tilbud til voksne', () => {
    const r = valider({ ...gyldig, tilbudstype: 'andet' }, 'a.json');
    expect(r).toMatchObject({ ok: true, scenarie: { tilbudstype: 'andet-voksne' } });
  });

  it('kanVendeTilbage er valgfri og skal være sand eller falsk', () => {
    const ok = valider({ ...gyldig, personer: [p({ forloeb: [{ kategori: 'veu', fravaer: 'orlov', kanVendeTilbage: false }] })] }, 'a.json');
    expect(ok.ok).toBe(true);
    const fejl = valider({ ...gyldig, personer: [p({ forloeb: [{ kategori: 'veu', fravaer: 'orlov', kanVendeTilbage: 'nej' }] })] }, 'a.json');
    expect(fejl).toEqual({ ok: false, fejl: ['a.json: personer[0].forloeb[0].kanVendeTilbage: skal være sand eller falsk (fik "nej")'] });
  });

  it('et andet særligt tilbud kræver hjemmel: dansk besked, der nævner fil og felt', () => {
    const r = valider({ ...gyldig, personer: [p(), p({ id: 'b', forloeb: [{ kategori: 'veu' }, { kategori: 'andet-saerligt-tilbud' }] })] }, 'nye.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fejl).toHaveLength(1);
    expect(r.fejl[0]).toMatch(/^nye\.json: personer\[1\]\.forloeb\[1\]\.hjemmel: mangler feltet "hjemmel"/);
    expect(r.fejl[0]).toMatch(/lovgrundlag/);
    const tom = valider({ ...gyldig, personer: [p({ forloeb: [{ kategori: 'andet-saerligt-tilbud', hjemmel: '' }] })] }, 'nye.json');
    expect(tom).toEqual({ ok: false, fejl: ['nye.json: personer[0].forloeb[0].hjemmel: må ikke være tom'] });
    const med = valider({ ...gyldig, personer: [p({ forloeb: [{ kategori: 'andet-saerligt-tilbud', hjemmel: 'lov om … § 1' }] })] }, 'nye.json');
    expect(med.ok).toBe(true);
  });

  it('giver danske beskeder med fil og feltsti', () => {
    const r = valider(
      {
        tilbudstype: 'sel-999',
        beskrivelse: '',
        personer: [p(), p({ id: 'b', alder: 130, forloeb: [{ kategori: 'kursus' }, { kategori: 'veu', timerPrUge: -3 }] }), p({ ukendt: 1 }), p({ id: 'b' })],
      },
      'eksempel.json',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fejl).toContain('eksempel.json: navn: mangler feltet "navn"');
    expect(r.fejl).toContain('eksempel.json: beskrivelse: må ikke være tom');
    expect(r.fejl.some((f) => f.startsWith('eksempel.json: tilbudstype: ukendt tilbudstype "sel-999". Tilladte værdier: sel-101'))).toBe(true);
    expect(r.fejl.some((f) => f.startsWith('eksempel.json: personer[1].forloeb[0].kategori: ukendt kategori "kursus". Tilladte værdier:'))).toBe(true);
    expect(r.fejl).toContain('eksempel.json: personer[1].forloeb[1].timerPrUge: må ikke være negativ (fik -3)');
    expect(r.fejl).toContain('eksempel.json: personer[1].alder: må højst være 120 (fik 130)');
    expect(r.fejl).toContain('eksempel.json: personer[2]: ukendt felt "ukendt"');
    expect(r.fejl).toContain('eksempel.json: personer[2].id: id\'et "a" bruges allerede af personer[0]');
    expect(r.fejl).toContain('eksempel.json: personer[3].id: id\'et "b" bruges allerede af personer[1]');
    for (const f of r.fejl) expect(f).not.toMatch(/Invalid|expected|received|Too (small|big)/);
  });

  it('afviser forkerte typer og ikke-heltal', () => {
    const r = valider({ ...gyldig, personer: [p({ alder: 2.5, navn: 5 })] }, 'f.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fejl).toContain('f.json: personer[0].alder: skal være et helt tal (fik 2.5)');
    expect(r.fejl).toContain('f.json: personer[0].navn: skal være en tekst (fik 5)');
    const rod = valider([], 'r.json');
    expect(rod.ok).toBe(false);
    if (!rod.ok) expect(rod.fejl[0]).toBe('r.json: (roden): skal være et objekt (fik en liste)');
  });
});
