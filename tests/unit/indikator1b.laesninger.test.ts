/**
 * Læsningerne som data (content/data/indikator-1b-laesninger.json) bundet til motorens LAESNING_VALG:
 * hvert valg, motoren kender, har en tekst, hvert valg i dataene kendes af motoren, og standarden er et
 * af valgene. Skemaet fejler med en dansk besked, når dataene brydes.
 */
import { describe, expect, it } from 'vitest';
import raa from '../../content/data/indikator-1b-laesninger.json' with { type: 'json' };
import {
  LAESNINGER,
  LAESNING_IDER,
  LAESNING_VALG,
  STANDARD_LAESNINGER,
  TRIN,
  baandFor,
  erGyldigtValg,
  medLaesninger,
  valg,
  type LaesningsData,
} from '../../src/domain/indikator1b/index.ts';
import { laesningsDataSkema } from '../../src/schemas/indikator1b.ts';

type Data = LaesningsData;
const kopi = (): Data => structuredClone(raa) as unknown as Data;

function beskeder(data: unknown): string[] {
  const r = laesningsDataSkema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('læsningernes data', () => {
  it('validerer med skemaet', () => {
    expect(beskeder(raa)).toEqual([]);
  });

  it('hver læsning og hvert valg, motoren kender, har en tekst – og omvendt', () => {
    expect(LAESNINGER.map((l) => l.id).sort()).toEqual([...LAESNING_IDER].sort());
    for (const id of LAESNING_IDER) {
      const l = LAESNINGER.find((x) => x.id === id)!;
      expect(l.valg.map((v) => v.id).sort(), id).toEqual([...LAESNING_VALG[id]].sort());
      expect(LAESNING_VALG[id] as readonly string[], id).toContain(l.standard);
      for (const v of l.valg) {
        expect(v.navn.length, `${id}.${v.id}`).toBeGreaterThan(5);
        expect(v.forklaring.length, `${id}.${v.id}`).toBeGreaterThan(20);
        // Leddet står i udkastet efter "… lagt til grund, at": lille begyndelsesbogstav, danske anførselstegn.
        expect(v.udkast, `${id}.${v.id}`).toMatch(/^[a-zæøå»]/);
        expect(v.udkast, `${id}.${v.id}`).not.toContain('"');
        expect(v.udkast, `${id}.${v.id}`).not.toMatch(/\.$/);
      }
      expect(l.titel).toMatch(/\?$/);
      expect(l.hvorfor.length).toBeGreaterThan(40);
    }
  });

  it('standardlæsningerne kommer fra dataene', () => {
    for (const l of LAESNINGER) expect(STANDARD_LAESNINGER[l.id]).toBe(l.standard);
    expect(STANDARD_LAESNINGER).toEqual({
      graenser: 'sitets',
      folkepension: 'udelades',
      foertidspension: 'i-grundlaget',
      'boern-og-voksne': 'samlet',
      'unge-medfoelgende': 'taeller',
      boerneomraadet: 'som-voksne',
    });
  });

  it('kun grænserne har trin; begge valg har alle fem', () => {
    for (const l of LAESNINGER) for (const v of l.valg) expect(v.baand !== undefined, `${l.id}.${v.id}`).toBe(l.id === 'graenser');
    for (const g of LAESNING_VALG.graenser) expect(baandFor(medLaesninger({ graenser: g })).map((b) => b.score)).toEqual([5, 4, 3, 2, 1]);
  });

  it('trinnenes ord og betegnelser er vejledningens (officiel ordlyd)', () => {
    expect(TRIN.map((t) => [t.score, t.ord, t.betegnelse])).toEqual([
      [5, 'Alle', 'i meget høj grad opfyldt'],
      [4, 'Størstedelen', 'i høj grad opfyldt'],
      [3, 'Halvdelen', 'i nogen grad opfyldt'],
      [2, 'Få', 'i lav grad opfyldt'],
      [1, 'Meget få/ingen', 'i meget lav grad opfyldt'],
    ]);
  });

  it('medLaesninger og erGyldigtValg kender kun motorens valg', () => {
    expect(medLaesninger({ graenser: 'flertal' }).graenser).toBe('flertal');
    expect(() => medLaesninger({ graenser: 'halvt' })).toThrow(/ukendt læsning eller valg: graenser=halvt/);
    expect(() => medLaesninger({ ukendt: 'x' })).toThrow(/ukendt/);
    expect(erGyldigtValg('graenser', 'sitets')).toBe(true);
    expect(erGyldigtValg('graenser', 'taeller')).toBe(false);
    expect(() => valg('graenser', 'x' as never)).toThrow(/intet valg x/);
  });

  // KENDT FEJL (meldt til lead): erGyldigtValg bruger `id in LAESNING_VALG`, så arvede navne som
  // "toString" og "constructor" regnes for læsninger, og kaldet kaster en TypeError i stedet for at
  // svare false. `npm run score -- FIL --laesning toString=x` giver derfor en "uventet fejl" med en
  // engelsk besked. Rettelse: Object.hasOwn(LAESNING_VALG, id). Når det er rettet, fejler it.fails.
  it('RETTET: arvede navne som toString er ikke læsninger', () => {
    expect(erGyldigtValg('toString', 'x')).toBe(false);
    expect(erGyldigtValg('constructor', 'x')).toBe(false);
    expect(() => medLaesninger({ toString: 'x' })).toThrow(/ukendt læsning eller valg/);
  });
});

describe('skemaet fejler med en dansk besked, når dataene brydes', () => {
  const laesning = (d: Data, id: string) => d.laesninger.find((l) => l.id === id)!;

  it('et valg, motoren kender, mangler en tekst', () => {
    const d = kopi();
    laesning(d, 'graenser').valg = laesning(d, 'graenser').valg.filter((v) => v.id !== 'flertal');
    expect(beskeder(d)).toContainEqual(expect.stringMatching(/valget "flertal" for læsningen graenser mangler en tekst/));
  });

  it('et valg i dataene, som motoren ikke kender', () => {
    const d = kopi();
    laesning(d, 'folkepension').valg[1].id = 'halvt';
    expect(beskeder(d)).toContainEqual(expect.stringMatching(/ukendt valg "halvt" for læsningen folkepension; motoren kender udelades, i-grundlaget/));
  });

  it('standarden er ikke et af valgene', () => {
    const d = kopi();
    laesning(d, 'unge-medfoelgende').standard = 'altid';
    expect(beskeder(d)).toContainEqual(expect.stringMatching(/^laesninger\.4\.standard: standardvalget "altid" er ikke et af valgene/));
  });

  it('en læsning mangler i dataene', () => {
    const d = kopi();
    d.laesninger = d.laesninger.filter((l) => l.id !== 'boerneomraadet');
    expect(beskeder(d)).toContainEqual(expect.stringMatching(/læsningen "boerneomraadet" mangler i dataene/));
  });

  it('grænser, der strider mod vejledningens ord', () => {
    const alle = kopi();
    laesning(alle, 'graenser').valg[0].baand![0].fra = 0.95;
    expect(beskeder(alle)).toContainEqual(expect.stringMatching(/score 5 skal kræve, at alle er i gang/));
    const halv = kopi();
    laesning(halv, 'graenser').valg[1].baand![1] = { score: 4, fra: 0.5 };
    expect(beskeder(halv)).toContainEqual(expect.stringMatching(/præcis halvdelen \(0,5\) skal give score 3/));
    const bund = kopi();
    laesning(bund, 'graenser').valg[0].baand![4].fra = 0.05;
    expect(beskeder(bund)).toContainEqual(expect.stringMatching(/score 1 skal starte ved 0/));
    const raekke = kopi();
    laesning(raekke, 'graenser').valg[0].baand!.reverse();
    expect(beskeder(raekke)).toContainEqual(expect.stringMatching(/rækkefølgen 5, 4, 3, 2, 1/));
    const stiger = kopi();
    laesning(stiger, 'graenser').valg[0].baand![2].fra = 0.7;
    expect(beskeder(stiger)).toContainEqual(expect.stringMatching(/grænsen for score 3 må ikke være højere end for score 4/));
    const mangler = kopi();
    delete laesning(mangler, 'graenser').valg[1].baand;
    expect(beskeder(mangler)).toContainEqual(expect.stringMatching(/grænserne mangler/));
    const tekst = kopi();
    laesning(tekst, 'graenser').valg[0].baand![1].fra = 0.6;
    expect(beskeder(tekst)).toContainEqual(expect.stringMatching(/valg\.0\.udkast: teksten nævner 65 %, men grænserne er 100, 60, 35, 15, 0 %/));
  });

  it('en ukendt læsning eller kilde afvises', () => {
    const d = kopi();
    (d.laesninger[0] as { id: string }).id = 'alder';
    expect(beskeder(d).length).toBeGreaterThan(0);
    const k = kopi();
    k.laesninger[0].kilde.dokument = 'avisen';
    expect(beskeder(k).some((b) => b.startsWith('laesninger.0.kilde.dokument'))).toBe(true);
  });
});
