/**
 * `npm run score -- FIL [--json] [--laesning ID=VÆRDI]`: kørt som en rigtig proces. Forventede tal er
 * de samme håndudledte som i indikator1b.scenarier.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGLER, regelHref } from '../../src/domain/indikator1b/index.ts';

const ROD = join(import.meta.dirname, '../..');
const CLI = join(ROD, 'src/cli/score.ts');
const FEJL = 'tests/fixtures/scenarier-fejl';
const LYSET = 'content/scenarier/krisecenter-109-lyset.json';
const HAVNELY = 'content/scenarier/forsorgshjem-110-havnely.json';
const SOLSIKKEN = 'content/scenarier/botilbud-108-solsikken.json';

function koer(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROD, encoding: 'utf8', timeout: 30_000 });
  return { kode: r.status, ud: r.stdout, fejl: r.stderr };
}

function json(...args: string[]) {
  const r = koer(...args, '--json');
  expect(r.fejl).toBe('');
  expect(r.kode).toBe(0);
  return JSON.parse(r.ud);
}

function ingenStakspor(tekst: string) {
  expect(tekst).not.toMatch(/^\s+at /m);
  expect(tekst).not.toMatch(/node:internal|Error:|TypeError|is not a function/);
}

// Hver kørsel starter en ny Node-proces; på en delt maskine kan flere kørsler i én test tage over 5 s.
describe('score-CLI: JSON', { timeout: 60_000 }, () => {
  it('har den aftalte form, og de gamle felter betyder det samme som før', () => {
    const j = json(LYSET);
    expect(Object.keys(j)).toEqual([
      'gaelder',
      'taeller',
      'grundlag',
      'udeladt',
      'andel',
      'score',
      'personer',
      'borgere',
      'boern',
      'laesninger',
      'alternativer',
      'udkast',
    ]);
    expect(j).toMatchObject({ gaelder: true, taeller: 7, grundlag: 10, udeladt: 0, score: 4 });
    expect(j.andel).toBeCloseTo(0.7, 12);
    expect(j.borgere).toMatchObject({ taeller: 3, grundlag: 4, udeladt: 0, score: 4 });
    expect(j.boern).toMatchObject({ taeller: 4, grundlag: 6, udeladt: 0, score: 4 });
    for (const p of j.personer) {
      expect(Object.keys(p)).toEqual(['id', 'taeller', 'udeladt', 'regel', 'udfald', 'laesning']);
      expect(p.taeller).toBe(p.udfald === 'taeller');
      expect(p.udeladt).toBe(p.udfald === 'udelades');
      expect(typeof p.regel).toBe('string');
    }
    expect(j.personer.find((p: { id: string }) => p.id === 'b6')).toMatchObject({ udfald: 'taeller', regel: 'barn-andet', laesning: 'unge-medfoelgende' });
    expect(j.laesninger).toEqual({
      graenser: 'sitets',
      folkepension: 'udelades',
      foertidspension: 'i-grundlaget',
      'boern-og-voksne': 'samlet',
      'unge-medfoelgende': 'taeller',
      boerneomraadet: 'som-voksne',
    });
    expect(j.alternativer).toEqual([]);
    expect(typeof j.udkast).toBe('string');
    expect(j.udkast).toMatch(/^Socialtilsynet bedømmer, at indikator 1\.b er i høj grad opfyldt på Krisecentret Lyset \(score 4\)/);
    expect(j.udkast).not.toContain('"');
  });

  it('alternativer for Havnely: grænserne, hvor størstedelen er mere end halvdelen, giver 4', () => {
    const j = json(HAVNELY);
    expect(j.score).toBe(3);
    expect(j.alternativer).toHaveLength(1);
    const [a] = j.alternativer;
    expect(Object.keys(a).sort()).toEqual(['andel', 'beskrivelse', 'laesning', 'score', 'valg']);
    expect(a).toMatchObject({ laesning: 'graenser', valg: 'flertal', score: 4 });
    expect(a.andel).toBeCloseTo(4 / 7, 12);
    expect(a.beskrivelse).toMatch(/^Hvor går grænserne mellem scorerne\? Størstedelen er mere end halvdelen$/);
  });

  it('alternativer for Solsikken og Egetræet', () => {
    expect(json(SOLSIKKEN).alternativer).toEqual([expect.objectContaining({ laesning: 'folkepension', valg: 'i-grundlaget', score: 3, andel: 5 / 8 })]);
    expect(json('content/scenarier/boerne-ungehjem-43-1-6-egetraeet.json').alternativer).toEqual([
      expect.objectContaining({ laesning: 'boerneomraadet', valg: 'ingen-score', score: null }),
    ]);
  });

  it('--laesning skifter en læsning (begge skrivemåder, flere gange)', () => {
    const h = json(HAVNELY, '--laesning', 'graenser=flertal');
    expect(h).toMatchObject({ score: 4, taeller: 4, grundlag: 7 });
    expect(h.laesninger.graenser).toBe('flertal');
    expect(h.alternativer).toEqual([expect.objectContaining({ laesning: 'graenser', valg: 'sitets', score: 3 })]);
    expect(json(HAVNELY, '--laesning=graenser=flertal').score).toBe(4);
    // Solsikken: Ejnar i grundlaget (5/8 = 62,5 %) giver 3 med sitets grænser og 4, når størstedelen er over halvdelen.
    expect(json(SOLSIKKEN, '--laesning', 'folkepension=i-grundlaget')).toMatchObject({ taeller: 5, grundlag: 8, score: 3 });
    expect(json(SOLSIKKEN, '--laesning', 'folkepension=i-grundlaget', '--laesning', 'graenser=flertal')).toMatchObject({ grundlag: 8, score: 4 });
  });

  it('Viktor udelades med den anden læsning om medfølgende unge, og scoren er stadig 4', () => {
    const j = json(LYSET, '--laesning', 'unge-medfoelgende=udelades');
    expect(j).toMatchObject({ taeller: 6, grundlag: 9, udeladt: 1, score: 4 });
    expect(j.personer.find((p: { id: string }) => p.id === 'b6')).toMatchObject({ udfald: 'udelades', udeladt: true, taeller: false });
    // Med børnene for sig og sitets grænser er Viktors læsning afgørende: 3/5 = 60 % → 3.
    const hver = json(LYSET, '--laesning', 'boern-og-voksne=hver-for-sig', '--laesning', 'unge-medfoelgende=udelades');
    expect(hver.score).toBe(3);
    expect(hver.alternativer).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ laesning: 'unge-medfoelgende', valg: 'taeller', score: 4 }),
        expect.objectContaining({ laesning: 'graenser', valg: 'flertal', score: 4 }),
      ]),
    );
  });

  it('et tilbud, hvor 1.b ikke gælder', () => {
    const j = json('content/scenarier/efterskole-43-1-7-bakkely.json');
    expect(j).toMatchObject({ gaelder: false, score: null, andel: null, alternativer: [] });
    expect(j.udkast).toMatch(/^Indikator 1\.b bedømmes ikke for Bakkely Efterskole\./);
  });

  it('scenarieformatets nye felter: andet særligt tilbud med hjemmel, fravær uden plads og den gamle tilbudstype "andet"', () => {
    const j = json('tests/fixtures/scenarier-nye/nye-felter.json');
    expect(j.personer.map((p: { id: string; udfald: string; regel: string }) => [p.id, p.udfald, p.regel])).toEqual([
      ['p1', 'taeller', 'andet-saerligt'],
      ['p2', 'taeller-ikke', 'fravaer-uden-plads'],
      ['p3', 'taeller', 'fravaer'], // kanVendeTilbage udeladt = kan vende tilbage
      ['p4', 'taeller-ikke', 'ikke-i-gang'],
    ]);
    expect(j).toMatchObject({ taeller: 2, grundlag: 4, score: 3, alternativer: [] }); // præcis halvdelen → 3 under begge grænser
    expect(j.udkast).toContain('(testhjemmel § 1)');
    expect(j.udkast).toMatch(/ikke kan vende tilbage til efter opholdet/);
  });
});

describe('score-CLI: tekst', { timeout: 60_000 }, () => {
  it('udskriver vurderinger, regler, links, læsninger og udkast på dansk', () => {
    const r = koer(SOLSIKKEN);
    expect(r.kode).toBe(0);
    expect(r.ud).toContain('Ejnar (p1, borger): udelades af grundlaget');
    expect(r.ud).toContain('/vejledning/indikator-1b/#borgere-paa-folkepension');
    expect(r.ud).toContain('Afgjort af læsningen: Indgår borgere på folkepension, som ikke er i noget? De udelades af grundlaget');
    expect(r.ud).toContain('Tilbuddets egne aktiviteter tæller ikke');
    expect(r.ud).toContain('Foreslået score: 4 – Størstedelen, i høj grad opfyldt');
    expect(r.ud).toMatch(
      /Med en anden læsning: Indgår borgere på folkepension, som ikke er i noget\? De indgår i grundlaget.* → score 3 \(--laesning folkepension=i-grundlaget\)/,
    );
    expect(r.ud).toContain('Udkast til bedømmelse:');
    expect(r.ud).toContain('modtager folkepension');
    const lyset = koer(LYSET).ud;
    expect(lyset).toContain('Ingen anden læsning ændrer scoren.');
    // Hver persons regel og de andre regler i spil med samme ord som beregneren og gennemgangen.
    expect(lyset).toContain(`    Reglen: ${REGLER.fravaer.titel} – ${regelHref('fravaer')}`);
    expect(lyset).toContain(`    Også i spil: ${REGLER.ordinaer.titel} – ${regelHref('ordinaer')}`);
  });

  it('--hjaelp viser brugen', () => {
    const r = koer('--hjaelp');
    expect(r.kode).toBe(0);
    expect(r.ud).toMatch(/^Brug: npm run score -- FIL \[--json\] \[--laesning ID=VÆRDI/);
  });
});

describe('score-CLI: fejl', { timeout: 60_000 }, () => {
  const tilfaelde: [string, RegExp][] = [
    ['ugyldig-json.json', /ugyldig-json\.json: ugyldig JSON i linje 4, kolonne 3/],
    ['ukendt-kategori.json', /ukendt-kategori\.json: personer\[2\]\.forloeb\[0\]\.kategori: ukendt kategori "kursus"\. Tilladte værdier: /],
    ['negative-timer.json', /negative-timer\.json: personer\[1\]\.forloeb\[0\]\.timerPrUge: må ikke være negativ \(fik -3\)/],
    ['dublet-id.json', /dublet-id\.json: personer\[3\]\.id: id'et "p2" bruges allerede af personer\[1\]/],
    ['mangler-felt.json', /mangler-felt\.json: navn: mangler feltet "navn"/],
    [
      'mangler-hjemmel.json',
      /mangler-hjemmel\.json: personer\[1\]\.forloeb\[0\]\.hjemmel: mangler feltet "hjemmel": et andet særligt tilbud skal have sit lovgrundlag angivet/,
    ],
    [
      'forkert-kan-vende-tilbage.json',
      /forkert-kan-vende-tilbage\.json: personer\[0\]\.forloeb\[0\]\.kanVendeTilbage: skal være sand eller falsk \(fik "nej"\)/,
    ],
  ];

  it('har en fejlfil for hvert tilfælde', () => {
    expect(readdirSync(join(ROD, FEJL)).sort()).toEqual(tilfaelde.map(([f]) => f).sort());
  });

  it.each(tilfaelde)('%s: exitkode 2 og dansk besked med fil og felt', (fil, besked) => {
    for (const args of [[`${FEJL}/${fil}`], [`${FEJL}/${fil}`, '--json']]) {
      const r = koer(...args);
      expect(r.kode).toBe(2);
      expect(r.ud).toBe('');
      expect(r.fejl).toMatch(besked);
      expect(r.fejl).toMatch(/^Fejl: /);
      ingenStakspor(r.fejl);
    }
  });

  it.each([
    [['findes/ikke.json'], /findes\/ikke\.json: filen findes ikke/],
    [['tests/fixtures'], /tests\/fixtures: det er en mappe/],
    [[], /mangler en scenariefil/],
    [['--foo', LYSET], /ukendt tilvalg "--foo"/],
    [['a.json', 'b.json'], /for mange argumenter/],
    [
      [LYSET, '--laesning', 'alder=gammel'],
      /ukendt læsning "alder"\. Kendte læsninger: graenser, folkepension, foertidspension, boern-og-voksne, unge-medfoelgende, boerneomraadet/,
    ],
    [[LYSET, '--laesning', 'graenser=halvt'], /ukendt valg "halvt" for læsningen graenser\. Mulige valg: sitets, flertal/],
    [[LYSET, '--laesning', 'graenser'], /--laesning skal have formen ID=VÆRDI \(fik "graenser"\)/],
    [[LYSET, '--laesning', '=flertal'], /--laesning skal have formen ID=VÆRDI/],
    [[LYSET, '--laesning'], /--laesning mangler en værdi/],
    [[LYSET, '--json', '--laesning', 'graenser=halvt'], /ukendt valg "halvt"/],
  ])('%j: exitkode 2 og dansk besked', (args, besked) => {
    const r = koer(...args);
    expect(r.kode).toBe(2);
    expect(r.ud).toBe('');
    expect(r.fejl).toMatch(besked);
    ingenStakspor(r.fejl);
  });

  // KENDT FEJL (meldt til lead): arvede navne som "toString" gennem `id in LAESNING_VALG` giver en
  // "uventet fejl" med JavaScripts engelske besked i stedet for "ukendt læsning". Se også
  // indikator1b.laesninger.test.ts. Når det er rettet, fejler it.fails: ret den til it.
  it('RETTET: --laesning toString=x giver "ukendt læsning"', () => {
    const r = koer(LYSET, '--laesning', 'toString=x');
    expect(r.kode).toBe(2);
    expect(r.fejl).toMatch(/ukendt læsning "toString"/);
    ingenStakspor(r.fejl);
  });
});
