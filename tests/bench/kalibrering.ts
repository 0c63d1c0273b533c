/**
 * Kalibreringens skala: længden af et deltagerlink og et resultatlink for et tilbud med 40 personer,
 * og tiden for at kontrollere og sammenligne 30 deltageres resultater.
 */
import { KATEGORIER, type Scenarie } from '../../src/domain/indikator1b/index.ts';
import { pakFragment } from '../../src/domain/indikator1b/beregner.ts';
import { FORMAT, VERSION, type ResultatFil } from '../../src/domain/kalibrering/resultatfil.ts';
import { kontrollerResultat } from '../../src/domain/kalibrering/resultatfil-kontrol.ts';
import { sammenlign } from '../../src/domain/kalibrering/sammenligning.ts';

const UDFALD = ['taeller', 'taeller-ikke', 'udelades'] as const;
const AKTIVITETER = [
  'arbejder i et supermarked',
  'går på STU',
  'er i tilbuddets værksted',
  'kommer på et værested',
  'er ikke i noget',
  'læser til pædagog',
  'er sygemeldt fra sit job',
];
const ADRESSE = 'https://eksempel.dk/oevelser/kalibrering/deltag/#t=';

export async function maalKalibrering(personer = 40, deltagere = 30) {
  const scenarie: Scenarie = {
    navn: 'Botilbuddet Skalaen',
    tilbudstype: 'sel-108',
    personer: Array.from({ length: personer }, (_, i) => ({
      id: `p${i + 1}`,
      navn: `P${i + 1}`,
      rolle: 'borger' as const,
      alder: 20 + ((i * 7) % 50),
      beskrivelse: `P${i + 1} ${AKTIVITETER[i % AKTIVITETER.length]} ${1 + (i % 4)} dage om ugen.`,
      forloeb: i % 5 === 4 ? [] : [{ kategori: KATEGORIER[i % KATEGORIER.length] === 'andet-saerligt-tilbud' ? 'stu' : KATEGORIER[i % KATEGORIER.length] }],
    })),
  };
  const resultater: ResultatFil[] = Array.from({ length: deltagere }, (_, d) => ({
    format: FORMAT,
    version: VERSION,
    scenarie,
    deltager: `D${d + 1}`,
    svar: Object.fromEntries(scenarie.personer.map((p, i) => [p.id, UDFALD[(i * 3 + d) % 3 === 0 ? 1 : 0]])),
    score: (1 + (d % 5)) as ResultatFil['score'],
    begrundelser: { p1: 'Kort begrundelse.' },
  }));
  const deltagerLink = ADRESSE.length + (await pakFragment(scenarie)).length;
  const resultatLink = ADRESSE.length + (await pakFragment(resultater[0])).length;
  const tider: number[] = [];
  for (let k = 0; k < 10; k++) {
    const t0 = performance.now();
    const kontrolleret = resultater.map((r, i) => kontrollerResultat(JSON.parse(JSON.stringify(r)), `r${i}`, scenarie));
    sammenlign(
      scenarie,
      kontrolleret.flatMap((x) => (x.ok ? [x.resultat] : [])),
    );
    tider.push(performance.now() - t0);
  }
  tider.sort((a, b) => a - b);
  return { personer, deltagere, deltagerLink, resultatLink, median: tider[Math.floor(tider.length / 2)] };
}
