import { describe, expect, it } from 'vitest';
import {
  AntalFejl,
  INTERVALLER,
  REGLER,
  REGEL_IDER,
  beregnFraAntal,
  beregnScenarie,
  intervallerSkema,
  regelHref,
  scoreForAndel,
  udkastTilBedoemmelse,
  valider,
  vurderPerson,
  type Forloeb,
  type Person,
  type Scenarie,
  type Tilbudstype,
} from '../../src/domain/indikator1b/index.ts';
import raaIntervaller from '../../content/data/indikator-1b-intervaller.json' with { type: 'json' };

let n = 0;
function borger(forloeb: Forloeb[] = [], ekstra: Partial<Person> = {}): Person {
  n++;
  return { id: `p${n}`, navn: `Person ${n}`, rolle: 'borger', beskrivelse: 'Test.', forloeb, ...ekstra };
}
function barn(forloeb: Forloeb[] = [], ekstra: Partial<Person> = {}): Person {
  return borger(forloeb, { rolle: 'barn', ...ekstra });
}
function scenarie(personer: Person[], tilbudstype: Tilbudstype = 'sel-108'): Scenarie {
  return { navn: 'Test', tilbudstype, beskrivelse: 'Test.', personer };
}
const job: Forloeb = { kategori: 'ordinaer-beskaeftigelse' };
const ingenting: Forloeb[] = [];

describe('regeldata', () => {
  it('har titel, forklaring og kilde for hver regel, og id svarer til nøglen', () => {
    for (const id of REGEL_IDER) {
      const r = REGLER[id];
      expect(r.id).toBe(id);
      expect(r.titel.length).toBeGreaterThan(5);
      const saetninger = r.forklaring.split(/[.!?](?=\s+[A-ZÆØÅ]|$)/).filter((s) => s.trim().length > 3);
      expect(saetninger.length).toBeGreaterThanOrEqual(1);
      expect(saetninger.length).toBeLessThanOrEqual(3);
      expect(['/vejledning/indikator-1b/', '/vejledning/saerlige-tilbud/']).toContain(r.kilde.side);
    }
  });

  it('markerer sitets fortolkninger', () => {
    expect(REGLER['barn-andet'].fortolkning).toBe(true);
    expect(REGLER['voksen-dag-grundskole'].fortolkning).toBe(true);
    expect(REGLER['folkepension-udeladt'].fortolkning).toBe(true);
    expect(REGLER.ordinaer.fortolkning).toBe(false);
  });

  it('nævner begge kilders paragraf for særligt tilrettelagt beskæftigelse', () => {
    expect(REGLER['saerlig-beskaeftigelse'].forklaring).toContain('§ 104, stk. 2');
    expect(REGLER['saerlig-beskaeftigelse'].forklaring).toContain('§ 103, stk. 1');
  });

  it('peger ikke-i-gang videre til kriteriet', () => {
    expect(REGLER['ikke-i-gang'].forklaring).toMatch(/kriterium 1/);
  });

  it('bygger links til overskrifterne', () => {
    expect(regelHref('folkepension-udeladt')).toBe('/vejledning/indikator-1b/#borgere-paa-folkepension');
    expect(regelHref('egen-aktivitet')).toBe('/vejledning/saerlige-tilbud/#tilbuddets-egne-aktiviteter-taeller-ikke');
    expect(regelHref('gaelder-ikke')).toBe('/vejledning/indikator-1b/#hvilke-tilbud-gaelder-indikator-1-b-for');
  });
});

describe('vurderPerson', () => {
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
    expect(v).toMatchObject({ taeller: true, udeladt: false, regel });
  });

  it('egen aktivitet tæller ikke', () => {
    const v = vurderPerson(borger([{ kategori: 'egen-aktivitet', timerPrUge: 30 }]), 'sel-108');
    expect(v).toMatchObject({ taeller: false, udeladt: false, regel: 'egen-aktivitet' });
    expect(v.ekstraRegler).toContain('ikke-i-gang');
    expect(v.ekstraRegler).not.toContain('omfang');
  });

  it('egen aktivitet ved siden af et § 104-tilbud ændrer ikke, at borgeren tæller', () => {
    const v = vurderPerson(borger([{ kategori: 'egen-aktivitet' }, { kategori: 'sel-104' }]), 'sel-108');
    expect(v).toMatchObject({ taeller: true, regel: 'samvaer-aktivitet' });
  });

  it('ingen forløb: tæller ikke', () => {
    expect(vurderPerson(borger(ingenting), 'sel-110')).toMatchObject({ taeller: false, udeladt: false, regel: 'ikke-i-gang', ekstraRegler: [] });
  });

  it.each(['midlertidigt', 'orlov', 'sygemeldt'] as const)('fravær (%s) fra et forløb, der tæller, tæller med', (fravaer) => {
    const v = vurderPerson(borger([{ ...job, fravaer }]), 'sel-101');
    expect(v).toMatchObject({ taeller: true, regel: 'fravaer' });
    expect(v.ekstraRegler).toContain('ordinaer');
  });

  it('fravær fra tilbuddets egen aktivitet tæller ikke', () => {
    expect(vurderPerson(borger([{ kategori: 'egen-aktivitet', fravaer: 'sygemeldt' }]), 'sel-101').taeller).toBe(false);
  });

  it('et forløb uden fravær er den afgørende regel; fraværet nævnes som ekstra', () => {
    const v = vurderPerson(borger([{ ...job, fravaer: 'orlov' }, { kategori: 'veu' }]), 'sel-101');
    expect(v.regel).toBe('saerlig-uddannelse');
    expect(v.ekstraRegler).toContain('fravaer');
  });

  it('omfang: timetallet ændrer intet, og reglen nævnes, når timer er oplyst', () => {
    for (const timerPrUge of [0, 1, 2.5, 37, 60]) {
      const v = vurderPerson(borger([{ kategori: 'sel-103', timerPrUge }]), 'sel-108');
      expect(v.taeller).toBe(true);
      expect(v.ekstraRegler).toContain('omfang');
    }
    expect(vurderPerson(borger([{ kategori: 'sel-103' }]), 'sel-108').ekstraRegler).not.toContain('omfang');
  });

  it('omfang bruges ikke om grundskolen, hvis omfang er fastsat ved lov', () => {
    const v = vurderPerson(barn([{ kategori: 'grundskole', timerPrUge: 25 }]), 'sel-109');
    expect(v.taeller).toBe(true);
    expect(v.ekstraRegler).not.toContain('omfang');
  });

  it('folkepension uden noget: udeladt af grundlaget', () => {
    expect(vurderPerson(borger(ingenting, { pension: 'folkepension' }), 'sel-108')).toMatchObject({
      taeller: false,
      udeladt: true,
      regel: 'folkepension-udeladt',
    });
    const v = vurderPerson(borger([{ kategori: 'egen-aktivitet' }], { pension: 'folkepension' }), 'sel-108');
    expect(v).toMatchObject({ udeladt: true, regel: 'folkepension-udeladt', ekstraRegler: ['egen-aktivitet'] });
  });

  it('folkepension i et tilbud: tæller som alle andre', () => {
    const v = vurderPerson(borger([{ kategori: 'sel-104' }], { pension: 'folkepension' }), 'sel-108');
    expect(v).toMatchObject({ taeller: true, udeladt: false, regel: 'samvaer-aktivitet' });
    expect(v.ekstraRegler).toContain('folkepension-i-gang');
  });

  it('førtidspension ændrer ingenting', () => {
    const i = vurderPerson(borger([{ kategori: 'sel-103' }], { pension: 'foertidspension' }), 'sel-108');
    expect(i).toMatchObject({ taeller: true, udeladt: false, regel: 'saerlig-beskaeftigelse' });
    expect(i.ekstraRegler).toContain('foertidspension');
    const u = vurderPerson(borger(ingenting, { pension: 'foertidspension' }), 'sel-108');
    expect(u).toMatchObject({ taeller: false, udeladt: false, regel: 'ikke-i-gang', ekstraRegler: ['foertidspension'] });
  });

  describe('medfølgende børn', () => {
    it.each(['dagtilbud', 'grundskole'] as const)('barn i %s uden for tilbuddet tæller', (kategori) => {
      expect(vurderPerson(barn([{ kategori }]), 'sel-109')).toMatchObject({ taeller: true, regel: 'barn-i-tilbud' });
    });
    it('barn midlertidigt væk fra sin egen skole tæller', () => {
      const v = vurderPerson(barn([{ kategori: 'grundskole', fravaer: 'midlertidigt' }]), 'sel-109');
      expect(v).toMatchObject({ taeller: true, regel: 'fravaer', ekstraRegler: ['barn-i-tilbud'] });
    });
    it('pasning eller undervisning hos mor eller krisecenter tæller ikke', () => {
      expect(vurderPerson(barn([{ kategori: 'egen-aktivitet' }]), 'sel-109')).toMatchObject({ taeller: false, regel: 'barn-egen-pasning' });
      expect(vurderPerson(barn(ingenting), 'sel-109')).toMatchObject({ taeller: false, udeladt: false, regel: 'barn-egen-pasning' });
    });
    it.each(['ordinaer-uddannelse', 'stu', 'sel-104', 'ordinaer-beskaeftigelse'] as const)(
      'barn i en anden kategori (%s) tæller ikke – sitets fortolkning',
      (kategori) => {
        expect(vurderPerson(barn([{ kategori }]), 'sel-109')).toMatchObject({ taeller: false, regel: 'barn-andet' });
      },
    );
    it('folkepension har ingen betydning for et barn', () => {
      expect(vurderPerson(barn(ingenting, { pension: 'folkepension' }), 'sel-109').udeladt).toBe(false);
    });
  });

  it('gælder ikke for barnets lov § 43, stk. 1, nr. 7', () => {
    expect(vurderPerson(borger([{ kategori: 'grundskole' }]), 'barnets-lov-43-1-7')).toMatchObject({
      taeller: false,
      udeladt: false,
      regel: 'gaelder-ikke',
      ekstraRegler: [],
    });
  });
});

describe('scoreForAndel og båndene', () => {
  it('banddata er gyldige og svarer til vejledningens ord', () => {
    expect(intervallerSkema.safeParse(raaIntervaller).success).toBe(true);
    expect(INTERVALLER.baand.map((b) => [b.score, b.ord, b.betegnelse])).toEqual([
      [5, 'Alle', 'i meget høj grad opfyldt'],
      [4, 'Størstedelen', 'i høj grad opfyldt'],
      [3, 'Halvdelen', 'i nogen grad opfyldt'],
      [2, 'Få', 'i lav grad opfyldt'],
      [1, 'Meget få/ingen', 'i meget lav grad opfyldt'],
    ]);
  });

  it('afviser banddata, der strider mod ordene', () => {
    const kopi = structuredClone(raaIntervaller);
    kopi.baand[0].fra = 0.95;
    expect(intervallerSkema.safeParse(kopi).success).toBe(false);
    const halv = structuredClone(raaIntervaller);
    halv.baand[1].fra = 0.5;
    expect(intervallerSkema.safeParse(halv).success).toBe(false);
    const bund = structuredClone(raaIntervaller);
    bund.baand[4].fra = 0.05;
    expect(intervallerSkema.safeParse(bund).success).toBe(false);
    const raekke = structuredClone(raaIntervaller);
    raekke.baand.reverse();
    expect(intervallerSkema.safeParse(raekke).success).toBe(false);
  });

  it('alle → 5, og kun alle', () => {
    expect(scoreForAndel(10, 10).score).toBe(5);
    expect(scoreForAndel(1, 1).score).toBe(5);
    expect(scoreForAndel(99, 100).score).toBe(4);
  });

  it('ingen → 1', () => {
    expect(scoreForAndel(0, 10).score).toBe(1);
    expect(scoreForAndel(0, 1).score).toBe(1);
  });

  it('præcis halvdelen → 3', () => {
    for (const g of [2, 4, 6, 10, 100]) expect(scoreForAndel(g / 2, g).score).toBe(3);
  });

  it('grænserne', () => {
    expect(scoreForAndel(13, 20).score).toBe(4); // 0,65
    expect(scoreForAndel(12, 20).score).toBe(3); // 0,60
    expect(scoreForAndel(7, 20).score).toBe(3); // 0,35
    expect(scoreForAndel(6, 20).score).toBe(2); // 0,30
    expect(scoreForAndel(3, 20).score).toBe(2); // 0,15
    expect(scoreForAndel(2, 20).score).toBe(1); // 0,10
  });

  it('tomt grundlag giver ingen score', () => {
    expect(scoreForAndel(0, 0)).toEqual({ score: null, baand: null, andel: null, ogsaaForsvarligt: [] });
  });

  it('naboscorer tæt på en grænse', () => {
    expect(scoreForAndel(5, 7).ogsaaForsvarligt).toEqual([3]); // 5/7 → 4; 4/7 → 3
    expect(scoreForAndel(4, 7).ogsaaForsvarligt).toEqual([4]); // 4/7 → 3; 5/7 → 4
    expect(scoreForAndel(13, 20).ogsaaForsvarligt).toEqual([3]);
    expect(scoreForAndel(12, 20).ogsaaForsvarligt).toEqual([4]);
    expect(scoreForAndel(3, 20).ogsaaForsvarligt).toEqual([1]);
    expect(scoreForAndel(10, 20).ogsaaForsvarligt).toEqual([]); // 9/20 og 11/20 er også 3
  });

  it('5 er aldrig "også forsvarlig", medmindre alle tæller', () => {
    expect(scoreForAndel(9, 10).ogsaaForsvarligt).toEqual([]);
    expect(scoreForAndel(19, 20).ogsaaForsvarligt).toEqual([]);
    expect(scoreForAndel(10, 10)).toMatchObject({ score: 5, ogsaaForsvarligt: [4] });
  });

  it('kun naboer (±1): et spring på to trin nævnes ikke', () => {
    // 0/2 → 1; 1/2 → 3 (spring på to)
    expect(scoreForAndel(0, 2).ogsaaForsvarligt).toEqual([]);
    // 1/2 → 3; 0/2 → 1 og 2/2 → 5 er begge udelukket
    expect(scoreForAndel(1, 2).ogsaaForsvarligt).toEqual([]);
  });
});

describe('beregnScenarie', () => {
  it('ingen personer: ingen score', () => {
    const r = beregnScenarie(scenarie([]));
    expect(r).toMatchObject({ gaelder: true, taeller: 0, grundlag: 0, udeladt: 0, andel: null, score: null, baand: null, personer: [] });
  });

  it('alle på folkepension uden tilbud: tomt grundlag, ingen score', () => {
    const r = beregnScenarie(scenarie([borger(ingenting, { pension: 'folkepension' }), borger(ingenting, { pension: 'folkepension' })]));
    expect(r).toMatchObject({ taeller: 0, grundlag: 0, udeladt: 2, score: null });
    expect(r.borgere).toMatchObject({ taeller: 0, grundlag: 0, udeladt: 2, score: null });
  });

  it('én person', () => {
    expect(beregnScenarie(scenarie([borger([job])])).score).toBe(5);
    expect(beregnScenarie(scenarie([borger(ingenting)])).score).toBe(1);
  });

  it('kun børn', () => {
    const r = beregnScenarie(scenarie([barn([{ kategori: 'dagtilbud' }]), barn(ingenting)], 'sel-109'));
    expect(r).toMatchObject({ taeller: 1, grundlag: 2, score: 3 });
    expect(r.borgere).toMatchObject({ taeller: 0, grundlag: 0, score: null });
    expect(r.boern).toMatchObject({ taeller: 1, grundlag: 2, andel: 0.5, score: 3 });
  });

  it('børn og borgere i ét fælles grundlag, og hver gruppe for sig', () => {
    const r = beregnScenarie(
      scenarie(
        [
          borger([job]),
          borger([job]),
          borger([job]),
          borger(ingenting),
          barn([{ kategori: 'grundskole' }]),
          barn(ingenting),
          barn(ingenting),
          barn(ingenting),
        ],
        'sel-109',
      ),
    );
    expect(r).toMatchObject({ taeller: 4, grundlag: 8, andel: 0.5, score: 3 });
    expect(r.borgere).toMatchObject({ taeller: 3, grundlag: 4, score: 4 });
    expect(r.boern).toMatchObject({ taeller: 1, grundlag: 4, score: 2 });
  });

  it('folkepensionister uden tilbud trækker ikke ned', () => {
    const uden = beregnScenarie(scenarie([borger([job]), borger([job])]));
    const med = beregnScenarie(scenarie([borger([job]), borger([job]), borger(ingenting, { pension: 'folkepension' })]));
    expect(med.score).toBe(5);
    expect(med.score).toBe(uden.score);
    expect(med.udeladt).toBe(1);
  });

  it('gælder ikke: ingen score og regel gaelder-ikke for alle', () => {
    const r = beregnScenarie(scenarie([borger([{ kategori: 'grundskole' }]), borger(ingenting)], 'barnets-lov-43-1-7'));
    expect(r).toMatchObject({ gaelder: false, score: null, andel: null, taeller: 0, grundlag: 0 });
    expect(r.grund).toMatch(/§ 43, stk\. 1, nr\. 7/);
    expect(r.personer.every((p) => p.regel === 'gaelder-ikke')).toBe(true);
  });

  it('samme resultat som talberegneren', () => {
    const s = scenarie([
      borger([job]),
      borger(ingenting),
      borger(ingenting, { pension: 'folkepension' }),
      barn([{ kategori: 'dagtilbud' }]),
      barn([{ kategori: 'egen-aktivitet' }]),
    ]);
    const { personer: _p, ...r } = beregnScenarie(s);
    expect(
      beregnFraAntal(
        { borgereITilbud: 1, borgereIkkeITilbud: 1, folkepensionisterUdenTilbud: 1, boernITilbud: 1, boernIkkeITilbud: 1 },
        'sel-108',
      ),
    ).toEqual(r);
  });
});

describe('beregnFraAntal', () => {
  const nul = { borgereITilbud: 0, borgereIkkeITilbud: 0, folkepensionisterUdenTilbud: 0, boernITilbud: 0, boernIkkeITilbud: 0 };

  it('beregner uden tilbudstype', () => {
    expect(beregnFraAntal({ ...nul, borgereITilbud: 3, borgereIkkeITilbud: 3 })).toMatchObject({ gaelder: true, score: 3, andel: 0.5 });
  });

  it('gælder ikke for § 43, stk. 1, nr. 7', () => {
    expect(beregnFraAntal({ ...nul, borgereITilbud: 3 }, 'barnets-lov-43-1-7')).toMatchObject({ gaelder: false, score: null });
  });

  it.each([
    ['borgereITilbud', -1, /borgereITilbud: må ikke være negativ/],
    ['boernIkkeITilbud', 1.5, /boernIkkeITilbud: skal være et helt tal/],
    ['folkepensionisterUdenTilbud', Number.NaN, /folkepensionisterUdenTilbud: skal være et helt tal/],
    ['boernITilbud', undefined, /boernITilbud: mangler/],
  ] as const)('afviser %s = %s med dansk fejl', (felt, vaerdi, besked) => {
    const antal = { ...nul, [felt]: vaerdi };
    try {
      beregnFraAntal(antal as typeof nul);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AntalFejl);
      expect((e as AntalFejl).felt).toBe(felt);
      expect((e as AntalFejl).message).toMatch(besked);
    }
  });
});

describe('valider', () => {
  const gyldig = { navn: 'X', tilbudstype: 'sel-108', beskrivelse: 'Y', personer: [] };
  const p = (ekstra: object = {}) => ({ id: 'a', navn: 'A', rolle: 'borger', beskrivelse: 'B', forloeb: [], ...ekstra });

  it('godtager et gyldigt scenarie og valgfrie felter', () => {
    const r = valider({ ...gyldig, laeringsmaal: 'Z', personer: [p({ forloeb: [{ kategori: 'veu', beskrivelse: 'Kursus' }] })] }, 'a.json');
    expect(r.ok).toBe(true);
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

describe('udkastTilBedoemmelse', () => {
  it('nævner tal, børn, folkepension, bånd, score og nabo-score', () => {
    const r = beregnScenarie(
      scenarie(
        [
          borger([job]),
          borger([job]),
          borger(ingenting),
          borger(ingenting, { pension: 'folkepension' }),
          borger(ingenting, { pension: 'folkepension' }),
          barn([{ kategori: 'dagtilbud' }]),
        ],
        'sel-109',
      ),
    );
    const t = udkastTilBedoemmelse(r, 'Lyset');
    expect(t).toContain('2 af 3 borgere på Lyset er i uddannelse, beskæftigelse eller samværs- og aktivitetstilbud');
    expect(t).toContain('1 af 1 medfølgende barn er i dagtilbud eller grundskoletilbud');
    expect(t).toContain(
      '2 borgere modtager folkepension og er ikke i uddannelse, beskæftigelse eller samværs- og aktivitetstilbud; de indgår ikke i grundlaget, så deres alder ikke trækker bedømmelsen ned',
    );
    // Samlet 3 af 4 (borgere og barn sammen) = 0,75 → 4; 2 af 4 ville give 3.
    expect(t).toContain('3 af 4 (75 %) er i gang');
    expect(t).toContain('"størstedelen" – i høj grad opfyldt');
    expect(t).toContain('Foreslået score: 4');
    expect(t).toMatch(/score på 3 kan derfor også forsvares/);
  });

  it('uden børn nævnes børn ikke, og uden folkepension nævnes den ikke', () => {
    const t = udkastTilBedoemmelse(beregnScenarie(scenarie([borger([job]), borger(ingenting)])));
    expect(t).not.toMatch(/børn|barn/);
    expect(t).not.toMatch(/folkepension/);
    expect(t).toContain('1 af 2 borgere er i');
    expect(t).toContain('Foreslået score: 3');
  });

  it('nævner en nabo-score, der også kan forsvares', () => {
    const personer = [...Array(5)].map(() => borger([job])).concat([borger(ingenting), borger(ingenting)]);
    const t = udkastTilBedoemmelse(beregnScenarie(scenarie(personer)));
    expect(t).toContain('Foreslået score: 4');
    expect(t).toMatch(/score på 3 kan derfor også forsvares/);
  });

  it('forklarer ikke, hvorfor nogen ikke er i gang', () => {
    const t = udkastTilBedoemmelse(beregnScenarie(scenarie([borger(ingenting), borger([{ kategori: 'egen-aktivitet' }])])));
    expect(t).not.toMatch(/fordi|på grund af|årsag/i);
  });

  it('siger tydeligt, når 1.b ikke gælder', () => {
    const t = udkastTilBedoemmelse(beregnScenarie(scenarie([borger([job])], 'barnets-lov-43-1-7')), 'Bakkely');
    expect(t).toMatch(/^Indikator 1\.b gælder ikke for Bakkely\./);
    expect(t).toContain('§ 43, stk. 1, nr. 7');
    expect(t).not.toMatch(/Foreslået score/);
  });

  it('tomt grundlag: ingen score foreslås', () => {
    const t = udkastTilBedoemmelse(beregnScenarie(scenarie([borger(ingenting, { pension: 'folkepension' })])));
    expect(t).toContain('foreslår ingen score');
  });
});
