/**
 * Benchmark: motorens tid for indikator 1.b på et scenarie med 10.000 personer – under sitets
 * standardlæsninger og under hver eneste kombination af læsninger (beregning, scoren under de andre
 * læsninger og udkastet).
 */
import {
  LAESNING_IDER,
  LAESNING_VALG,
  STANDARD_LAESNINGER,
  alternativer,
  beregn,
  udkastTilBedoemmelse,
  type Enhed,
  type Laesninger,
  type Person,
} from '../../src/domain/indikator1b/index.ts';

const KATEGORIER = ['ordinaer-beskaeftigelse', 'stu', 'sel-103', 'sel-104', 'egen-aktivitet', 'veu', 'andet-saerligt-tilbud'] as const;

export function storListe(antal: number): Enhed[] {
  return Array.from({ length: antal }, (_, i): Enhed => {
    const barn = i % 7 === 0;
    const kategori = barn ? (i % 3 === 0 ? 'ordinaer-uddannelse' : 'grundskole') : KATEGORIER[i % KATEGORIER.length];
    const person: Person = {
      id: `p${i}`,
      navn: 'XY',
      rolle: barn ? 'barn' : 'borger',
      alder: barn ? 8 + (i % 10) : 20 + (i % 60),
      ...(i % 11 === 0 && !barn ? { pension: 'folkepension' as const } : i % 17 === 0 && !barn ? { pension: 'foertidspension' as const } : {}),
      forloeb:
        i % 5 === 0
          ? []
          : [
              {
                kategori,
                timerPrUge: i % 37,
                ...(kategori === 'andet-saerligt-tilbud' ? { hjemmel: 'lov om noget § 1' } : {}),
                ...(i % 13 === 0 ? { fravaer: 'sygemeldt' as const, ...(i % 26 === 0 ? { kanVendeTilbage: false } : {}) } : {}),
              },
            ],
    };
    return { person, antal: 1 };
  });
}

/** Alle kombinationer af læsninger (kartesisk produkt af valgene). */
export function alleKombinationer(): Laesninger[] {
  let ud: Record<string, string>[] = [{}];
  for (const id of LAESNING_IDER) ud = ud.flatMap((k) => LAESNING_VALG[id].map((v) => ({ ...k, [id]: v })));
  return ud as Laesninger[];
}

function en(enheder: Enhed[], l: Laesninger, type: string) {
  const r = beregn(enheder, type, l);
  const alt = alternativer(enheder, type, l, r);
  return udkastTilBedoemmelse(r, alt, 'Benchmark');
}

export function maalMotor(antal = 10_000, gentagelser = 30) {
  const enheder = storListe(antal);
  for (let i = 0; i < 3; i++) en(enheder, STANDARD_LAESNINGER, 'sel-109');
  const tider: number[] = [];
  for (let i = 0; i < gentagelser; i++) {
    const t0 = performance.now();
    en(enheder, STANDARD_LAESNINGER, 'sel-109');
    tider.push(performance.now() - t0);
  }
  tider.sort((a, b) => a - b);
  // Alle kombinationer, på et tilbud til voksne og et til børn og unge (hvor læsningen om børneområdet gælder).
  const kombinationer = alleKombinationer();
  const t0 = performance.now();
  for (const type of ['sel-109', 'barnets-lov-43-1-6']) for (const l of kombinationer) en(enheder, l, type);
  const alle = performance.now() - t0;
  return {
    antal,
    median: tider[Math.floor(tider.length / 2)],
    min: tider[0],
    max: tider[tider.length - 1],
    kombinationer: kombinationer.length * 2,
    alleMs: alle,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = maalMotor();
  console.log(
    `Motoren for 1.b, ${r.antal} personer: median ${r.median.toFixed(1)} ms pr. beregning med andre læsninger og udkast; alle ${r.kombinationer} kombinationer af læsninger og tilbudstype: ${r.alleMs.toFixed(0)} ms (${(r.alleMs / r.kombinationer).toFixed(1)} ms pr. kombination)`,
  );
}
