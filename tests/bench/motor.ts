/** Benchmark: regelmotorens tid for indikator 1.b på et scenarie med 10.000 personer. */
import { beregnScenarie, udkastTilBedoemmelse } from '../../src/domain/indikator1b/index.ts';
import type { Scenarie } from '../../src/domain/indikator1b/scenarie.ts';

const KATEGORIER = ['ordinaer-beskaeftigelse', 'stu', 'sel-103', 'sel-104', 'egen-aktivitet', 'veu'] as const;

export function stortScenarie(antal: number): Scenarie {
  const personer = Array.from({ length: antal }, (_, i) => {
    const barn = i % 7 === 0;
    return {
      id: `p${i}`,
      navn: `Person ${i}`,
      rolle: barn ? ('barn' as const) : ('borger' as const),
      alder: barn ? 8 : 20 + (i % 60),
      ...(i % 11 === 0 && !barn ? { pension: 'folkepension' as const } : {}),
      beskrivelse: 'Syntetisk person til benchmark.',
      forloeb:
        i % 5 === 0
          ? []
          : [{ kategori: barn ? ('grundskole' as const) : KATEGORIER[i % KATEGORIER.length], timerPrUge: i % 37, ...(i % 13 === 0 ? { fravaer: 'sygemeldt' as const } : {}) }],
    };
  });
  return { navn: 'Benchmark', tilbudstype: 'sel-108', beskrivelse: 'Syntetisk', personer } as Scenarie;
}

export function maalMotor(antal = 10_000, gentagelser = 30) {
  const s = stortScenarie(antal);
  for (let i = 0; i < 5; i++) beregnScenarie(s);
  const tider: number[] = [];
  for (let i = 0; i < gentagelser; i++) {
    const t0 = performance.now();
    const r = beregnScenarie(s);
    udkastTilBedoemmelse(r);
    tider.push(performance.now() - t0);
  }
  tider.sort((a, b) => a - b);
  return { antal, median: tider[Math.floor(tider.length / 2)], min: tider[0], max: tider[tider.length - 1] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = maalMotor();
  console.log(`Regelmotor, ${r.antal} personer: median ${r.median.toFixed(2)} ms (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)}) over 30 kørsler`);
}
